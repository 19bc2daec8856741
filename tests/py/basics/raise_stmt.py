# basics: raise with classes, instances, arguments and re-raise
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e.args)

def r1():
    raise ValueError
def r2():
    raise ValueError("message")
def r3():
    raise KeyError("a", "b")
def r4():
    e = TypeError("prebuilt")
    raise e
def r5():
    try:
        raise IndexError("first")
    except IndexError:
        raise
def r6():
    try:
        raise IndexError("first")
    except IndexError:
        raise RuntimeError("second")
def r7():
    raise Exception(1, 2, 3)
class MyErr(Exception):
    pass
def r8():
    raise MyErr("custom")

for f in [r1, r2, r3, r4, r5, r6, r7, r8]:
    check(f)

try:
    raise 42
except TypeError:
    print("raising a non-exception is TypeError")
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError", e)
def cond_raise(n):
    if n > 2:
        raise OverflowError("too big")
    return n
print(cond_raise(1))
check(lambda: cond_raise(5))
