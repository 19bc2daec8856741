# basics: del on names, list items and slices, dict keys and attributes
x = 1
del x
try:
    print(x)
except NameError:
    print("NameError after del")
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError:
    print("KeyError")
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), hasattr(c, "b"))
try:
    del c.a
except AttributeError:
    print("AttributeError")
a, b, c2 = 1, 2, 3
del a, b
print(c2)
lst2 = [1, 2, 3]
del lst2[:]
print(lst2)
def f():
    y = 5
    del y
    try:
        return y
    except NameError:
        return "local deleted"
print(f())
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
