# builtins: repr() and str() of built-in values, nesting and quote selection
vals = [0, -5, 1.5, True, None, "s", "it's", 'say "hi"', "both ' \"",
        "tab\tnl\n", "\\", [1, "a"], (1,), (), {"k": [1]}, b"b", 2 ** 70]
for v in vals:
    print(repr(v), str(v))
print(repr(""), str(""), repr(''), len(repr("")))
print(repr([[], {}, ()]))
print(repr({1: {2: {3: None}}}))
print(repr((1, (2, (3,)))))
print(str([None, True, "x"]))
print(repr("\x00\x1f\x7f"))
print(repr("caf\u00e9"))
class A:
    def __repr__(self):
        return "A!"
print(repr(A()), str(A()), repr([A(), A()]), str((A(),)))
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(repr(B()), str(B()), [B()], "%s %r" % (B(), B()))
print(str(1.0), str(1e20), str(-0.0), repr(1e-5))
print(repr(repr("x")))
print(str(str), str(int), str(type(None)))
