# complex arithmetic: + - * / ** with int, float, bool and complex on both sides, unary ops
vals = [0, 1, -3, True, False, 2.5, -0.0, 1j, 1 + 2j, -3.5 + 0.25j, complex(0, -0.0)]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('**', lambda a, b: a ** b)]
for a in vals:
    for b in vals:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        for name, op in ops:
            try:
                r = op(a, b)
                print(repr(a), name, repr(b), '=', repr(r))
            except Exception as e:
                print(repr(a), name, repr(b), type(e).__name__, e)

# in-place operators make new objects
z = 1 + 1j
w = z
z += 1
print(z, w, z is w)
z -= 1j
z *= 2
z /= 4
z **= 2
print(z)

# unary
for v in [1j, -1j, 1 + 2j, complex(-0.0, 0.0), complex(0.0, -0.0)]:
    print(repr(v), repr(-v), repr(+v), repr(abs(v)), repr(v.conjugate()))
try:
    ~1j
except TypeError as e:
    print(type(e).__name__, e)

# big ints convert to float, or fail like float
print(1j * 2**60, 2**60 + 1j, (2**53 + 1) * (1 + 0j))
for expr in ["10**400 * 1j", "1j * 10**400", "1j + 10**400", "10**400 / 1j"]:
    try:
        eval(expr)
    except OverflowError as e:
        print(expr, type(e).__name__, e)

# division
print((1 + 2j) / (3 + 4j), 3 / (1 + 1j), (1 + 1j) / 2, (1e300 + 1e300j) / (1e300 + 1e300j))
print((1 + 2j) / (1e-320 + 0j), (1 + 2j) / complex(float('inf'), 0))
print((1 + 2j) / complex(float('nan'), 0), complex(float('inf'), 1) / (1 + 1j))
for expr in ["(1+2j)/0", "(1+2j)/0j", "1/0j", "1.0/0j", "True/0j", "0j/0", "0j/False", "(1+1j)/0.0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)

# overflow gives inf and nan, as in CPython
print(complex(1e308, 1) * 10, complex(1e308, 1e308) * complex(1e308, 1e308))
print(complex(1e308, 1e308) + complex(1e308, 1e308), -complex(float('inf'), float('nan')))

# operators complex does not have
for expr in ["1j // 2", "1j % 2", "divmod(1j, 2)", "divmod(2, 1j)", "2 // 1j", "2.0 % 1j",
             "1j & 1", "1j | 1", "1 ^ 1j", "1j << 1", "1 >> 1j", "1j @ 1j", "1j + 'a'",
             "'a' + 1j", "[1] * 1j", "1j * [1]", "1j + None", "(1j).__floordiv__", "round(1j)",
             "int(1j)", "float(1j)", "abs('a')", "1j + [1]"]:
    try:
        print(expr, eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, type(e).__name__, e)

# dunders called directly
print((1j).__add__(1), (1j).__radd__(1), (1j).__sub__(1), (1j).__rsub__(1), (2j).__mul__(2.0))
print((2j).__rmul__(True), (2j).__truediv__(2), (2j).__rtruediv__(2), (2j).__pow__(2), (2j).__rpow__(2))
print((1j).__add__('a'), (1j).__eq__('a'), (1j).__lt__(1j), (1j).__neg__(), (1j).__pos__(), (1j).__abs__())
print((3 + 4j).__bool__(), (0j).__bool__())
