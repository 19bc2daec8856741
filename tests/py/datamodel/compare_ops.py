# the six rich comparisons dispatch to their dunders, and results pass through unchanged
class C:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return ('eq', self.n, o)
    def __ne__(self, o): return ('ne', self.n, o)
    def __lt__(self, o): return ('lt', self.n, o)
    def __le__(self, o): return ('le', self.n, o)
    def __gt__(self, o): return ('gt', self.n, o)
    def __ge__(self, o): return ('ge', self.n, o)
c = C(1)
print(c == 2, c != 2, c < 2, c <= 2, c > 2, c >= 2)
# reflected: 2 < c is c > 2
print(2 == c, 2 != c, 2 < c, 2 <= c, 2 > c, 2 >= c)
# chained comparisons use truthiness between links
class Num:
    def __init__(self, n): self.n = n
    def __lt__(self, o): print('lt', self.n, o.n); return self.n < o.n
print(Num(1) < Num(2) < Num(3))
print(Num(3) < Num(2) < Num(1))
# comparisons in sorting, min, max
class K:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return 'K%d' % self.n
ks = [K(3), K(1), K(2)]
print(sorted(ks), min(ks), max(ks))
ks.sort(reverse=True)
print(ks)
# results can be any object; if/while use its truth
class Weird:
    def __lt__(self, o): return []
    def __gt__(self, o): return [1]
print(Weird() < 1, Weird() > 1)
if Weird() < 1:
    print('yes')
else:
    print('no')
# direct calls
print(c.__lt__(5), C.__ge__(c, 6))
# comparisons with built-in operands and NotImplemented from the dunder
class Only:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return 'Only.gt'
print(Only() < Only())
print(1 < Only())
