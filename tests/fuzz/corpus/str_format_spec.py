# format(v, spec) mini-language for int, bool, float and str: fill, align, sign, z, #, 0, width, grouping, precision, every type code and the errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['', '10', '<10', '>10', '^10', '*^10', '=10', '+', ' ', '-', '+010', '010', '#x', '#o', '#b', '#X', 'x', 'X', 'o', 'b', 'c', 'd', 'n', ',', '_', '_x', '_b', ',d', '20,', '020,', '#020_x', 'e', 'E', 'f', '.2f', '%', '.1%', 'g', 'G', '.3', '=+10', 'z', 'z.1f', 's', '.2s', ',x', ',b', '_o', '#_x', '=^', '#c', '+c', ',c', '.2d', ',.2f', '08.3f']:
    for v in [0, 42, -42, 255, 10**20, -1234567, True, 3.14159, -0.0, 1e100, float('nan'), float('-inf'), 1234567.891, 'héllo']:
        t(lambda: format(v, spec))
for spec in [', ', ',\x01', ',é', '_s', '_n', ',%', '_c', ',,', ',_', '_,', '.', '.x', '10.2.3', 'xx', '<<<', '\U0001F600^10', '1' * 30, '.' + '9' * 20, '=^5', 'zd', 'z', '-z.2f', 'z#x', '#z', ' z.1f']:
    for v in [1, 1.5, 'x', -0.0001, True]:
        t(lambda: format(v, spec))
print(format(-0.0001, 'z.2f'), format(-0.0, 'z'), format(-0.0, 'zg'), format(-1e-9, 'z.3e'), format(-0.0, 'z%'))
for v in [1234567.0, 0.000012345, 1e16, 1.5e-5, 123456789012345678, float('inf')]:
    for spec in ['', 'g', '.3g', '#g', '#.3g', 'n', '.10n', ',.2f', '_g', 'e', '.0e', '#.0e', '.0f', '#.0f', '%', '.0%', '010.3', '+.3', '-010,.1f', '^+15,.2f']:
        t(lambda: format(v, spec))
for v in [0, 7, -7, 2**64, -(2**64), 1234567890]:
    for spec in ['n', '_b', '_o', '_x', '#_X', '#010b', '+#x', '0=10', '-^10', '#o', ',', '015,', '015_', 'c', 'e', '.2f', '%', 'g', '10.2%']:
        t(lambda: format(v, spec))
t(lambda: format(0x110000, 'c'))
t(lambda: format(-1, 'c'))
t(lambda: format(65, '+c'))
t(lambda: format(65, '#c'))
t(lambda: format(65, '.2c'))
t(lambda: format(65, '>5c'))
t(lambda: format(1, '.2'))
t(lambda: format(1, '.2d'))
t(lambda: format('s', '=5'))
t(lambda: format('s', '#'))
t(lambda: format('s', 'z'))
t(lambda: format('s', '05'))
t(lambda: format('abc', '.1'))
t(lambda: format('abc', '^9.2'))
t(lambda: format(1.5, 'd'))
t(lambda: format(1, 's'))
t(lambda: format(None, ''))
t(lambda: format(None, 's'))
t(lambda: format([1], '>5'))
t(lambda: format(object(), 'x'))
t(lambda: format(1, 1))
t(lambda: format())
for v in [12345678, -12345678, 0.5, -1234.5678, 'é€😀']:
    for spec in ['😀^12', 'é<10', '€>10', '0=12', 'x=+12', '*^+12,', '_^15_']:
        t(lambda: format(v, spec))
t(lambda: format(2**100, ','))
t(lambda: format(-2**100, '_x'))
t(lambda: format(2**100, 'e'))
t(lambda: format(2**100, '.3%'))
t(lambda: format(2**100, 'f'))
t(lambda: format(10**400, 'f'))
t(lambda: format(1.5, 'c'))
t(lambda: format(1.5, 'b'))
t(lambda: format(1, '\x01'))
t(lambda: format(1, 'é'))
t(lambda: format(1.0, '.1000000000000000000000f'))
t(lambda: format(1, '9999999999999999999999'))
