# numbers: the builtins abs, divmod, pow, round, bin/oct/hex on ints, floats, bools, big values, __index__ objects, and their errors
def t(f, *a):
    shown = tuple(x if type(x) in (int, float, str, bool, list) or x is None else type(x).__name__ for x in a)
    try:
        print(f.__name__, shown, '->', repr(f(*a)))
    except Exception as e:
        print(f.__name__, shown, type(e).__name__, e)
for v in [5, -5, 0, -0.0, -2.5, 2**100, -(2**100), True, False, float('-inf'), float('nan')]:
    t(abs, v)
for bad in ['a', None, [1]]:
    t(abs, bad)
t(abs)
t(abs, 1, 2)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (2**100, 3),
             (-(2**100), 2**50 + 1), (1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0), (1, 'a'), ('a', 1), (None, 1)]:
    t(divmod, a, b)
t(divmod, 1)
for v in [0, 5, -5, 255, -256, 2**70, -(2**70), True, False]:
    print(bin(v), oct(v), hex(v))
class Idx:
    def __index__(self):
        return 42
class BadIdx:
    def __index__(self):
        return 'x'
print(bin(Idx()), oct(Idx()), hex(Idx()))
for f in (bin, oct, hex):
    for bad in [1.5, '1', None, BadIdx()]:
        t(f, bad)
t(pow, 2, 0.5)
t(pow, -8, 1 / 3 if False else 2)
t(pow, 1.5, 2)
t(pow, 2, -1)
t(pow, 'a', 2)
t(pow, 2, 'a')
t(round, 2.5)
t(round, 3.5, 0)
t(round, 12345, -2)
t(round, 'a')
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3), round(R(), None))
class A:
    def __abs__(self):
        return 'abs!'
    def __divmod__(self, o):
        return 'dm'
    def __rdivmod__(self, o):
        return 'rdm'
    def __pow__(self, o, m=None):
        return ('pow', o, m)
    def __rpow__(self, o):
        return ('rpow', o)
print(abs(A()), divmod(A(), 1), divmod(1, A()), pow(A(), 2), pow(A(), 2, 3), pow(2, A()), 2 ** A())
