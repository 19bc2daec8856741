# overridden dunders of built-in subclasses are seen by Python code and builtins
class MyList(list):
    def __len__(self):
        return 42
    def __iter__(self):
        return iter(("x", "y"))
    def __contains__(self, v):
        return v == "magic"
    def __bool__(self):
        return False
    def __eq__(self, other):
        return "eq called"
    __hash__ = None

m = MyList([1, 2, 3])
print(len(m), list(m), "magic" in m, 1 in m, bool(m), m == 1)
print(list.__len__(m), m[0], sorted(list.__iter__(m)))

class MyDict(dict):
    def __getitem__(self, k):
        return "dict-" + str(k)
    def keys(self):
        return ["a", "b"]
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("a"), dict(d))
print({**d})

class MyStr(str):
    def __add__(self, o):
        return "added"
    def __mul__(self, o):
        return "mul"
    def __mod__(self, o):
        return "mod"
s = MyStr("s")
print(s + "x", s * 2, s % 1, "x" + s)

class MyInt(int):
    def __index__(self):
        return 1
    def __int__(self):
        return 2
    def __float__(self):
        return 3.5
    def __bool__(self):
        return False
i = MyInt(2)
print([0, 1, 2][i], int(i), float(i), bool(i), not i, i + 0)
print(hex(i), range(i)[-1])
