# basics: try / except / else, handler selection and exception variables
def div(a, b):
    try:
        r = a // b
    except ZeroDivisionError:
        print("caught division by zero")
        return None
    else:
        print("no exception")
        return r
print(div(10, 2))
print(div(1, 0))

try:
    [][1]
except KeyError:
    print("wrong handler")
except IndexError:
    print("IndexError handler")
except Exception:
    print("generic handler")

try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)

try:
    int("abc")
except (TypeError, ValueError) as e:
    print("tuple handler", type(e).__name__)

try:
    raise RuntimeError("boom")
except Exception as e:
    print(type(e).__name__, e)

try:
    x = 1
except:
    print("never")
else:
    print("else runs, x =", x)

try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not this")
except ValueError as e:
    print("outer caught", e)
try:
    None.foo
except AttributeError:
    print("bare name handler")
