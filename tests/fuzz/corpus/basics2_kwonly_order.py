# basics2: keyword-only arguments with defaults before required ones, and errors
def f(a, *, b=1, c, d=4):
    return a, b, c, d
print(f(0, c=3), f(0, c=3, b=2), f(a=9, d=0, c=1))
def g(*args, x, y=2):
    return args, x, y
print(g(1, 2, x=3), g(x=0))
def h(a, b=2, *, c):
    return a, b, c
print(h(1, c=3), h(1, 5, c=3))
for call in (lambda: f(0), lambda: f(0, 1, c=2), lambda: g(1), lambda: h(c=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
try:
    f(0, c=1, z=2)
except TypeError as e:
    print('TypeError', e)
try:
    f(0, c=1, a=2)
except TypeError as e:
    print('TypeError', e)
