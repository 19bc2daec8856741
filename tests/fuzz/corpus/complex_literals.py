# imaginary literals: spellings, constants in code, bad literals, match patterns
print(1j, 1J, 1.5e3J, 0j, 00j, 01j, 0_1j, 1_0j, .5j, 1.j, 1e-3j, 1E+3J, 1.5_5j, 09.5j)
print(type(1j).__name__, (2j).real, (2j).imag, 1e3j.real, 1j.imag)
print(-1j, --1j, +1j, 1j + 1, 1 + 2j, 1 - 2j, (1 + 2j) * 1j)
print(1e400j, -1e400j, 1e-400j)
t = (1j, 2.5j, 'a')
print(t, t == (1j, 2.5j, 'a'))
def f():
    return (0, 0.0, 0j, -0j)
print(f(), [type(x).__name__ for x in f()])
x = 3
x += 1j
print(x)
x *= 2j
print(x)

for src in ["1_j", "1j_", "1jj", "1ja", "0x1j", "0b1j", "0o1j", "1__0j", "1e_3j"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)

def classify(v):
    match v:
        case 1j:
            return 'one j'
        case -2j:
            return 'minus two j'
        case 1 + 2j:
            return 'one plus two j'
        case -1.5 - 0.5j:
            return 'negative sum'
        case {3j: value}:
            return 'mapping ' + str(value)
        case _:
            return 'other'

for v in [1j, -2j, 1 + 2j, complex(1, 2), -1.5 - 0.5j, {3j: 'x'}, {3j: 'y', 1: 2}, 1, 0j, {4j: 1}]:
    print(repr(v), classify(v))

def keys(v):
    match v:
        case {1 + 2j: a, -1 - 2j: b, 0j: c}:
            return a, b, c
print(keys({1 + 2j: 1, -1 - 2j: 2, 0: 3}), keys({1 + 2j: 1}))
for src in ["match {}:\n case {1+2j: a, 1+2j: b}: pass", "match {}:\n case {1j: a, 1j: b}: pass",
            "match {}:\n case {0: a, 0j: b}: pass", "match {}:\n case {-1.5-0j: a, -1.5: b}: pass"]:
    try:
        exec(src)
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
