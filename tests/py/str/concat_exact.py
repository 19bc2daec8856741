# str + str taken straight to the concatenation for exact strs: interned and built strs, empty
# operands (the other comes back), +=, and the cases that must still go the generic way: str
# subclasses with and without __add__/__radd__, and the TypeError for str + non-str
class Sub(str):
    pass


class Radd(str):
    def __radd__(self, other):
        return "radd(" + str.__add__(other, self) + ")"


class Add(str):
    def __add__(self, other):
        return "add(" + str.__add__(self, other) + ")"


built = "".join(["ab", "cd"])
for a, b in [("x", "y"), (built, "e"), ("", built), (built, ""), ("\u00e9", "t\u00e9"), ("", "")]:
    r = a + b
    print(repr(r), type(r).__name__, len(r), r is a if b == "" else "-")
s = "start"
for i in range(5):
    s += str(i)
    s += ""
print(s)
print(type(Sub("a") + "b").__name__, type("a" + Sub("b")).__name__, type(Sub("a") + Sub("b")).__name__)
print("a" + Radd("b"), Add("a") + "b", "q" + Add("z"))
for bad in [1, None, b"x", ["x"]]:
    try:
        "s" + bad
    except TypeError as e:
        print("TypeError", e)
t = "t"
try:
    t += 5
except TypeError as e:
    print("TypeError", e)
