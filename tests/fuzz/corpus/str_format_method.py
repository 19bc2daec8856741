# str.format and str.format_map: auto and manual numbering, attributes and indexes, conversions !r !s !a, nested specs, __format__, and the errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'a'.format_map(1))
t(lambda: '{a}'.format_map({'a': 1}))
class D(dict):
    def __missing__(self, k): return k.upper()
t(lambda: '{a} {b}'.format_map(D(a=1)))
t(lambda: '{0[1]} {0[a]} {1.real}'.format({1: 'x', 'a': 'y'}, 3))
t(lambda: '{} {1}'.format(1, 2))
t(lambda: '{1} {}'.format(1, 2))
t(lambda: '{2}'.format(1))
t(lambda: '{a}'.format())
t(lambda: '{'.format())
t(lambda: '}'.format())
class A:
    def __format__(self, spec): return 'A<' + spec + '>'
    def __repr__(self): return 'Aé'
print('{!a} {!r:>5} {}'.format('é', 'é', A()))
print('{0!a} {0!s} {0!r} {0:xyz} {0!r:^7}'.format(A()))
t(lambda: '{0} {0} {1}'.format('a', 'b'))
t(lambda: '{x} {y[0]} {z.imag}'.format(x=1, y=[2], z=3))
t(lambda: '{0[0][1]}'.format([[1, 2]]))
t(lambda: '{0[-1]}'.format({'-1': 'str key'}))
t(lambda: '{0[10]}'.format([1]))
t(lambda: '{0.nope}'.format(1))
t(lambda: '{:{}}'.format('x'))
t(lambda: '{:>{w}.{p}f}'.format(3.14159, w=10, p=2))
t(lambda: '{:{}{}{}}'.format(1, 2, 3))
t(lambda: '{0!r:{1}}'.format('é', 8))
t(lambda: '{!}'.format(1))
t(lambda: '{!rr}'.format(1))
t(lambda: '{0!r!s}'.format(1))
t(lambda: '{:d}'.format('x'))
t(lambda: '{é}'.format(é=1))
t(lambda: '{0}{1}'.format(*'ab'))
t(lambda: '{a}'.format_map({'b': 1}))
t(lambda: '{0}'.format_map({'0': 1}))
t(lambda: '{}'.format_map({}))
t(lambda: '{a}'.format_map())
t(lambda: '{{{0}}}'.format(1))
t(lambda: '{0:{{}}}'.format(1))
t(lambda: 'x{'.format())
t(lambda: 'x}y'.format())
t(lambda: '{0:>5}'.format(None))
t(lambda: str.format('{}', 1))
t(lambda: str.format(1))
class R:
    def __format__(self, spec): return 1
t(lambda: '{}'.format(R()))
class E:
    def __format__(self, spec): raise KeyError(spec)
t(lambda: '{:q}'.format(E()))
