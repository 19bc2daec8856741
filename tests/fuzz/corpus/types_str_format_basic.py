# types: str.format with positional, indexed and named fields (no format specs)
print("{} {}".format("a", "b"))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} and {who}".format("me", who="you"))
print("{{}} {}".format("braces"))
print("{}{}{}".format(1, 2.5, None))
print("{} {}".format([1, 2], (3,)))
print("{}".format({"k": 1}))
print("{0}{0}{0}".format("ab"))
print("{!r} {!s}".format("q", "q"))
print("{0!r}".format(1.5))
d = {"x": 1}
print("{}".format(d["x"]))
print("no fields".format(1, 2))
print("{} -> {}".format(True, False))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{missing}".format(present=1)
except KeyError:
    print("KeyError")
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("{} {!r}".format(P(), P()))
template = "Dear {title} {name},"
print(template.format(title="Dr", name="Who"))
print("{1}{0}".format("world", "hello "))
