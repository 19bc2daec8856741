# comparisons across int, bool, float and big ints, and with user numbers
print(1 == 1.0, 1 == True, 0 == False, 2 == 2.000000001, 10**20 == 1e20, 10**20 + 1 == 1e20)
print(1 < 1.5, -1 > -1.5, True < 2, False <= 0.0, 2**64 > 1.8e19, 2**64 < 1.9e19)
print(float('nan') == float('nan'), float('nan') != float('nan'), float('nan') < 1, 1 < float('nan'))
print(float('inf') > 10**400, -float('inf') < -(10**400), 10**400 == float('inf'))
print(hash(1) == hash(1.0) == hash(True), hash(2**61) == hash(float(2**61)), hash(0.5) == hash(0.5))
print({1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False})
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __le__(self, o): return self.v <= (o.v if isinstance(o, Num) else o)
    def __gt__(self, o): return self.v > (o.v if isinstance(o, Num) else o)
    def __ge__(self, o): return self.v >= (o.v if isinstance(o, Num) else o)
    __hash__ = None
n = Num(3)
print(n == 3, 3 == n, n == 3.0, 3.0 == n, n < 4, 4 > n, 2 < n, n >= 3, 3 <= n, 2.5 < n < 3.5)
print(1 < n < 5 < Num(6), [n] == [3], (3,) == (n,), n in [1, 2, 3], 3 in [n])
print(sorted([Num(2), 1, 3.5, Num(0)], key=lambda x: x if isinstance(x, Num) else Num(x))[0].v)
# bool is an int for comparison and arithmetic
print(True + True, True * 3.5, -True, True / 2, True // 1, True % 2, True ** 10, True << 3)
print(True & 3, True | 2, True ^ True, type(True & True).__name__, type(True & 1).__name__, ~False)
