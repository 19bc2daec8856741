# basics: assert passes silently and raises AssertionError with optional message
assert True
assert 1 == 1, "never shown"
print("passed asserts")
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e.args[0])
def check_positive(n):
    assert n > 0, "n must be positive"
    return n
print(check_positive(3))
try:
    check_positive(-1)
except AssertionError as e:
    print(type(e).__name__, e)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message not evaluated when true:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception))
x = 5
assert x == 5 and x > 0
print("done")
