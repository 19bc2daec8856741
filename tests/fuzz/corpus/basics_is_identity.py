# basics: identity tests with is / is not on None, bools and shared objects
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c, a is not b)
x = None
print(x is None, x is not None)
print(True is True, False is not True)
def f():
    pass
print(f() is None)
class K:
    pass
k1 = K()
k2 = k1
print(k1 is k2, k1 is K())
print(type(k1) is K)
print(type(1) is int, type("") is str, type([]) is list)
print(type(True) is bool, type(True) is int)
t = ()
print(t is t)
d = {}
e = d
e["x"] = 1
print(d is e, d)
lst = [None, 0, False, ""]
print([v is None for v in lst])
print([v == None for v in lst])
def ident(o):
    return o
obj = object()
print(ident(obj) is obj)
print(None is not False)
print(id(a) == id(b), id(a) == id(c))
