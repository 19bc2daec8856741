# complex == and != with numbers and other objects, ordering TypeErrors, hash agreeing with int and float
nums = [0, 1, -1, True, False, 0.0, -0.0, 1.0, 1.5, 2**53 + 1, 2**63, 10**400, 0j, 1 + 0j, 1.5 + 0j,
        complex(2**53, 0), complex(2**53 + 1, 0), 1j, 1 + 1j, complex(1.0, -0.0), float('inf'),
        complex(float('inf'), 0)]
for a in nums:
    for b in nums:
        if isinstance(a, complex) or isinstance(b, complex):
            print(repr(a), repr(b), a == b, a != b, b == a, b != a)

nan = complex(float('nan'), 0)
print(nan == nan, nan != nan, nan == float('nan'), complex(0, float('nan')) == 0)
for other in ['a', None, [1j], (1j,), object()]:
    print(1j == other, 1j != other, other == 1j, other != 1j)
print((1j, 2) == (1j, 2), [1 + 0j] == [1], {1j: 1} == {1j: 1}, 1j in [1, 2, 1j], 1 in [1 + 0j])

for expr in ["1j < 1j", "1j <= 2", "1j > 1.0", "1j >= True", "1 < 1j", "2.0 <= 1j", "'a' > 1j",
             "sorted([1j, 2j])", "max(1j, 2j)", "min([1, 1j])"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)

# hash: complex with no imaginary part hashes as the equal int or float
for v in [0j, 1 + 0j, -1 + 0j, 1.5 + 0j, complex(2**53, 0), complex(1e300, 0), complex(-0.0, 0.0),
          complex(float('inf'), 0), complex(float('-inf'), 0), complex(-2, 0)]:
    print(repr(v), hash(v) == hash(v.real), hash(v) == hash(int(v.real)) if v.real.is_integer() else '-')
print(hash(1 + 0j) == hash(1) == hash(1.0) == hash(True), hash(0j) == hash(0) == hash(False))

# CPython's formula: hash(re) + 1000003 * hash(im), wrapped to a machine word, -1 becomes -2
import sys
def formula(z):
    m = 2 ** (sys.maxsize.bit_length() + 1)
    h = (hash(z.real) + 1000003 * hash(z.imag)) % m
    if h >= m // 2:
        h -= m
    return -2 if h == -1 else h
for v in [1j, -1j, 1 + 1j, 1.5 + 2.5j, -3.25 - 7j, complex(1e300, -1e-300), complex(2**62, 2**61),
          complex(float('inf'), float('-inf')), complex(0.1, 0.2), complex(-1, 0), complex(-1, 1)]:
    print(repr(v), hash(v) == formula(v))
print(hash(1j) == 1000003, hash(-1j) == -2000006, hash(complex(-1000004.0, 1.0)) == -2)

# usable as dict keys and set members, meeting equal ints and floats
d = {1: 'int', 2.5: 'float', 3j: 'complex'}
print(d[1 + 0j], d[complex(2.5, 0)], d[3j], d.get(3), 3j in d, complex(0, 3.0) in d)
s = {1, 1.0, 1 + 0j, True, 2j, complex(0, 2)}
print(len(s), sorted(map(repr, s)))
print(len({0, 0.0, 0j, -0.0, complex(-0.0, -0.0), False}))
