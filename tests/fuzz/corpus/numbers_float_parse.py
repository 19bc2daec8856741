# numbers: float(x) accepts every CPython spelling (underscores, inf/nan in any case, whitespace incl Unicode, Unicode digits, bytes) and rejects the rest
def t(x):
    try:
        print(repr(x), '->', repr(float(x)))
    except Exception as e:
        print(repr(x), type(e).__name__, e)

for s in ['1.5', ' 1.5 ', '\t-2.5\n', '+3', '-0', '0', '1_000.5', '1_0.0_1', '1e1_0', '1E5', '1e-5', '1e+5',
          '.5', '5.', '-.5e-3', '00012.5', '1__0', '_1', '1_', '1._5', '1_.5', '1e_5', '1e5_', '1.5.2',
          'inf', '-inf', '+inf', 'INF', 'iNf', 'infinity', '-Infinity', 'INFINITY', 'infinit', 'infs',
          'nan', '-nan', '+NaN', 'NAN', 'nana', 'na', '', ' ', '.', 'e5', '1e', '1e+', '--1', '+-1',
          '- 1', '1 2', '0x1p3', '0x10', '1j', '1,5', '1.5\x00', 'abc',
          '\u20031.5\u00a0', '\u30001e3', '١.٥', '\uff11.5', '٣e٢', '\x1c1.5', '1' * 400, '0.' + '0' * 400 + '1',
          '1' + '0' * 400 + 'e-400', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324',
          '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308',
          '0.1000000000000000055511151231257827021181583404541015625']:
    t(s)
for x in [b'1.5', b' -2e3 ', b'inf', b'x', b'1_0', 5, 5.5, True, -(10**20), 10**400, 2**1024 - 1,
          2**1024 - 2**970, 2**1024 - 2**971, None, [], (), {}]:
    t(x)
class F:
    def __float__(self):
        return 2.5
class BadF:
    def __float__(self):
        return 2
class Idx:
    def __index__(self):
        return 3
for x in [F(), BadF(), Idx()]:
    try:
        print(type(x).__name__, float(x))
    except TypeError as e:
        print(type(x).__name__, type(e).__name__, e)
try:
    float(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(float(), type(float()).__name__)
