# format(complex, spec), str.format and f-strings with complex: every spec part and the errors
inf, nan = float('inf'), float('nan')
vals = [1.5 - 2.25j, 2j, complex(-0.0, -2), complex(1e20, 1e-20), complex(1234567.5, -7654321.25),
        complex(inf, nan), complex(-0.0, 0.0), 0j, complex(0.0, -0.0), complex(-inf, 1), 1 / 3 + 2j / 3]
specs = ['', '10', '<20', '^20', '*>20', '.2f', '+.2f', ' .2f', '-.2f', '.3', '.3g', 'g', 'G', 'e', 'E',
         'f', 'F', 'n', '.0f', '#.0f', '#', '#g', ',', '_', '20,.2f', ',.2f', 'z.1f', '+', ' ', '-', '+20',
         'z', '#.0e', ',g', '_f', '_e', '.0', '.0e', '#.3', '^+30.4e', 'x<10', '\u00e9>10', '\u00e9^10.2f',
         '>+z#12_.3e', '10.2n', '.20', '.17g', '<', '>', '^', '40', '.1E',
         '+z.0f', '\U0001f600^25']
for v in vals:
    for spec in specs:
        print(repr(v), repr(spec), repr(format(v, spec)))

bad = ['d', 'x', '%', 's', 'r', 'c', 'b', 'X', 'o', '=20', '020', '0', '0>10', '0<10', '<010', '-010', '=',
       '.', '10.', '.x', ',,', ',_', '_,', ',n', '_n', 'abc', '.2fx', 'ff', '9' * 30, '.' + '9' * 30, ',x',
       '_x', ',d', '\u00e9', '\x01', '  ', 'z+', '#z', '++', '1,000', '.2,', 'Z', 'j', '%.2f', '{}', ',s', 'z+.2f']
for spec in bad:
    try:
        print(repr(spec), format(1.5 - 2j, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)

# through str.format, f-strings and __format__
z = 3.25 + 4.5j
print('{} {:.1f} {:>12} {!r:>12} {!s:^14}|'.format(z, z, z, z, z))
w = 10
print(f'{z} {z:.2e} {z:{w}} {z:{w}.{2}f} {z!r:*^20} {z=} {z = :.1f}')
print(z.__format__(''), z.__format__('.1f'), complex.__format__(z, 'g'))
for arg in [1, None, b'']:
    try:
        z.__format__(arg)
    except TypeError as e:
        print(type(e).__name__, e)

class C(complex):
    pass

class F(complex):
    def __format__(self, spec):
        return 'F:' + spec

print(format(C(1, 2), '.1f'), format(C(1, 2), ''), f'{C(3j)}', format(F(1), 'xyz'), f'{F(1):abc}')
try:
    format(C(1, 2), 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(C(1, 2), 'ab')
except ValueError as e:
    print(type(e).__name__, e)
