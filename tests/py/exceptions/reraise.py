# exceptions: bare raise re-raises the current exception, incl. after nested handling
def f():
    try:
        raise ValueError("v1")
    except ValueError:
        print("handling, then re-raise")
        raise
try:
    f()
except ValueError as e:
    print("outer caught", e)

def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner handled")
        raise
try:
    g()
except KeyError as e:
    print("re-raised original", type(e).__name__)

def h(flag):
    try:
        raise IndexError("idx")
    except IndexError as e:
        if flag:
            raise
        return "suppressed"
print(h(False))
try:
    h(True)
except IndexError:
    print("IndexError propagated")

def k():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    k()
except ZeroDivisionError:
    print("re-raised saved exception")

def m():
    try:
        raise ValueError("in try")
    finally:
        print("finally before propagation")
try:
    m()
except ValueError as e:
    print(e)
try:
    raise
except RuntimeError:
    print("RuntimeError no active exception")
