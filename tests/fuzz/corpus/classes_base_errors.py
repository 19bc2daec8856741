# errors when a class statement has unusable bases
def attempt(make):
    try:
        c = make()
        print("made", c.__name__)
    except TypeError as e:
        print("TypeError", e)

attempt(lambda: type("X", (bool,), {}))
attempt(lambda: type("X", (int, str), {}))
attempt(lambda: type("X", (list, dict), {}))
attempt(lambda: type("X", (int, float), {}))
attempt(lambda: type("X", (Exception, int), {}))
attempt(lambda: type("X", (type(None),), {}))
attempt(lambda: type("X", (type(len),), {}))
attempt(lambda: type("X", (type(lambda: 0),), {}))
attempt(lambda: type("X", (object, object), {}))
attempt(lambda: type("X", (range,), {}))
attempt(lambda: type("X", (slice,), {}))

# combinations that work
class A: pass
class B(A): pass
attempt(lambda: type("OK1", (B, A), {}))
attempt(lambda: type("OK2", (int, A), {}))
attempt(lambda: type("OK3", (list, A), {}))
attempt(lambda: type("OK4", (ValueError, KeyError), {}))
attempt(lambda: type("OK5", (dict, object), {}))

try:
    class Y(A, B): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Z(1): pass
except TypeError as e:
    print("TypeError", type(e).__name__)
