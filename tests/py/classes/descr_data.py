# data descriptors (__set__/__delete__) take precedence over the instance dict
class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, t):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value * 2
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__["_" + self.name]

class P:
    a = Data("a")

p = P()
print(p.a)
p.a = 3
print(p.a)
p.__dict__["a"] = "shadow"     # the data descriptor still wins
print(p.a)
print(sorted(p.__dict__))
del p.a
print(p.a)
print(isinstance(P.a, Data))

# only __set__: still a data descriptor, get returns the descriptor via class
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class Q:
    s = SetOnly()

q = Q()
q.s = 1
q.__dict__["s"] = "inst"
print(type(q.s).__name__)
try:
    del q.s
except AttributeError as e:
    print("AttributeError", e)

# only __delete__
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")

class R:
    d = DelOnly()

r = R()
del r.d
try:
    r.d = 5
except AttributeError as e:
    print("AttributeError", e)
