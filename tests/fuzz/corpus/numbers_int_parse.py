# numbers: int(x) and int(s, base): bases 2-36 and 0 with prefixes, underscores, whitespace, Unicode digits, bytes, and every error
def t(*a, **k):
    shown = tuple(x if isinstance(x, (int, float, str, bytes, list)) or x is None else type(x).__name__
                  for x in a)
    try:
        print(repr(shown), k, '->', int(*a, **k))
    except Exception as e:
        print(repr(shown), k, type(e).__name__, e)

for s in ['0', '-0', '+17', ' 42 ', '\t-42\n', '1_000', '1_0_0', '007', '0_0', '1__0', '_1', '1_',
          '', ' ', '+', '-', '- 1', '1 2', '1.5', '1e5', '0x10', 'abc', '12\x00', '٣٤', '١٢٣',
          '\uff11\uff12', '𝟏𝟐', '²', '\u00a012\u2003', '\u200012', '1\u200b', '\x1c12', '\x1c١']:
    t(s)
for s, b in [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 16), ('0x_ff', 16), ('0x', 16),
             ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0b101', 2), ('0b101', 0), ('0o17', 0),
             ('0O17', 8), ('0x1f', 0), ('0_1', 0), ('00', 0), ('010', 0), ('0', 0), ('-0x10', 0),
             ('1_000', 0), ('0x_1f', 0), ('0b', 0), ('0b2', 0), ('0x', 0), ('0o8', 0),
             ('١٢٣', 16), ('\u0661' * 3, 0), ('0x\u0661', 0), ('٣', 2), ('12', 1), ('12', 37),
             ('12', -1), ('12', 10**20), ('12', 2.0), ('12', '10'), ('12', None)]:
    t(s, b)
t('12', base=8)
t('12', bas=8)
t(x='12')
t(12, 10)
t(12.5, 10)
t(b'12')
t(b'ff', 16)
t(b'xyz')
t(b' 1_0 ')
t(b'\xff')
t(3.9)
t(-3.9)
t(1e100)
t(-0.0)
t(float('inf'))
t(float('-inf'))
t(float('nan'))
t(None)
t([1])
t()
t('1', 2, 3)
t(True)
print(int('9' * 60), int('-' + '7' * 45, 8), int('z' * 40, 36), int('1' * 200, 2))
print(int('1_' * 30 + '1'), int('0x' + 'f_' * 20 + 'f', 0))
class Idx:
    def __index__(self):
        return 7
class Tr:
    def __trunc__(self):
        return 9
class I2:
    def __int__(self):
        return 11
class Bad:
    def __int__(self):
        return 'x'
t(Idx())
t(I2())
t(Bad())
t('12', Idx())
