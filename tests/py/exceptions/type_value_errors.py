# exceptions: TypeError and ValueError from mismatched operand types and bad values
def name_of(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__
    return "ok"
print(name_of(lambda: 1 + "1"), name_of(lambda: "1" + 1), name_of(lambda: [1] + (1,)))
print(name_of(lambda: 1 < "1"), name_of(lambda: None > 0), name_of(lambda: {} < {}))
print(name_of(lambda: len(5)), name_of(lambda: iter(5)), name_of(lambda: (lambda: 5)()()))
print(name_of(lambda: "a" * 2.5), name_of(lambda: [1] * "2"), name_of(lambda: -"x"))
print(name_of(lambda: int([1])), name_of(lambda: int("1.5")), name_of(lambda: float("1,5")))
print(name_of(lambda: [1].index(5)), name_of(lambda: "abc".index("d")))
print(name_of(lambda: range(1, 2, 0)), name_of(lambda: chr(-5)))
print(name_of(lambda: int("10", 99)), name_of(lambda: "".join([1])))
def f(a, b):
    return a + b
print(name_of(lambda: f(1)), name_of(lambda: f(1, 2, 3)), name_of(lambda: f(1, c=2)))
print(name_of(lambda: {[]: 1}), name_of(lambda: {1, [2]}))
fl, st = 1.5, "0"
print(name_of(lambda: "abc"[fl]), name_of(lambda: [1, 2][st]))
a = b = None
def unpack_short():
    global a, b
    a, b = [1]
def unpack_long():
    global a, b
    a, b = [1, 2, 3]
def unpack_int():
    global a, b
    a, b = 7
print(name_of(unpack_short), name_of(unpack_long), name_of(unpack_int))
try:
    len(3)
except TypeError as e:
    print(e)
