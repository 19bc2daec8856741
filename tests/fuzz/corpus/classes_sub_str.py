# subclasses of str
class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())
    def initials(self):
        return "".join(w[0] for w in self.split())

n = Name("  ada lovelace ")
print(n, repr(n), n.initials(), len(n), type(n).__name__)
print(n.upper(), type(n.upper()).__name__)
print(n + "!", type(n + "!").__name__)
print(n == "Ada Lovelace", hash(n) == hash("Ada Lovelace"), {n: 1}["Ada Lovelace"])
print(n[0], n[1:3], "Ada" in n, f"{n}", "%s" % n)

class Tagged(str):
    pass
t = Tagged("x")
t.tag = "t"
print(t, t.tag, str(t), type(str(t)).__name__, Tagged(), Tagged(12))

class Loud(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"
    def __len__(self):
        return 100
l = Loud("hi")
print(l, repr(l), len(l), str.__len__(l))
print([l], "%s|%r" % (l, l))
print("".join([l, "a"]))
print(Tagged("b") < "c", sorted([Tagged("b"), "a"]))
print(str.__new__(Tagged, "q"), type(str.__new__(Tagged, "q")).__name__)
print(Tagged(b"ab", "ascii"))
