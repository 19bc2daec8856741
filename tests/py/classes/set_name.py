# __set_name__ is called for each class attribute at class creation
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "default-" + self.name)

class M:
    first = Field()
    second = Field()
    plain = 3

print(M.first.name, M.second.name, M.first.owner is M)
m = M()
print(m.first)
m.__dict__["first"] = 1
print(m.first)

# not called for attributes added later
M.third = Field()
print(hasattr(M.third, "name"))

# same object under two names: called twice
f = Field()
class N:
    a = f
    b = f
print(f.name)

# type() three-argument form calls it too
T = type("T", (), {"g": Field()})
print(T.g.name, T.g.owner is T)

# an error in __set_name__ propagates (3.11 adds no wrapping)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class O:
        z = Bad()
except Exception as e:
    print(type(e).__name__, e)

# __set_name__ looked up on the type, not the instance
class G:
    pass
g = G()
g.__set_name__ = lambda *a: print("instance hook called")
class H:
    x = g
print("done")
