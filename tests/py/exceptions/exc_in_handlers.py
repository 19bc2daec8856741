# exceptions: exceptions raised inside except and else blocks, and handler variable scope
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print("got", type(e).__name__, e)
def g():
    try:
        pass
    except Exception:
        print("never")
    else:
        raise KeyError("from else")
try:
    g()
except KeyError as e:
    print("else raise", e.args)
def h():
    try:
        try:
            raise ValueError
        except ValueError:
            1 / 0
    except ZeroDivisionError:
        return "ZeroDivisionError from handler"
print(h())
def k():
    try:
        raise IndexError
    except IndexError:
        try:
            raise KeyError
        except KeyError:
            pass
        return "inner handled, outer fine"
print(k())
results = []
for v in [1, 0, "x", 2]:
    try:
        results.append(10 // v)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError:
        results.append("type")
    else:
        results.append("ok")
print(results)
def returns_from_except():
    try:
        raise ValueError
    except ValueError:
        return "returned from except"
    finally:
        print("finally after except return")
print(returns_from_except())
