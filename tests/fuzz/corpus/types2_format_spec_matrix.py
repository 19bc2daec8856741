# types2: format() specs across float, int and str values: g/e/f/% precision, alternate forms, grouping, alignment, fill
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
for spec in ['g', '.0g', '#g', '#.3g', '.1g', '.10g', 'e', '.0e', '#.0e', 'f', '.0f', '#.0f', '%', '.1%', '+g', ' g', '010.3g', '<10.2e', '^12.4f', '=+12.1f', ',.2f', '_.3f', 'n', '.3n', 'G', 'E', 'F', '', '.3', '#', '10', '010']:
    for v in [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 123.456, 1e-7, 1.23e15, 1e16, 1e22, 12345678.9, float('inf'), float('-inf'), float('nan'), 1/3]:
        show(lambda: format(v, spec))
for spec in ['d', '+d', ' d', '05d', '<5d', '^5d', '>5d', '=5d', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', ',', '_', '_x', '_b', ',d', 'c', 'n', '', '10', '#010x', '+#x', '.2f', 'e', '%', 'g', 's']:
    for v in [0, 1, -1, 255, -255, 65, 1234567, -1234567, 2**70, -(2**70), True]:
        show(lambda: format(v, spec))
for spec in ['', 's', '>5', '<5', '^5', '^6', '*^7', '.2', '5.1', '=5', '+', 'd', ',']:
    for v in ['', 'a', 'abc', 'héllo']:
        show(lambda: format(v, spec))
