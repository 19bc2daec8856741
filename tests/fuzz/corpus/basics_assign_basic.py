# basics: simple assignment, chained assignment and rebinding
a = 1
print(a)
a = a + 1
print(a)
b = c = d = 10
print(b, c, d)
b = 20
print(b, c, d)
x = y = []
x.append(1)
print(x, y, x is y)
name = "hello"
other = name
name = name + "!"
print(name, other)
i, j = 1, 2
print(i, j)
s = "abc"
t = s
print(s is t)
lst = [1, 2, 3]
lst2 = lst
lst2[0] = 99
print(lst)
lst2 = lst2 + [4]
print(lst, lst2)
_private = 5
print(_private)
CamelCase = 6
print(CamelCase)
v1 = v2 = v3 = "same"
print(v1 == v2 == v3)
def f():
    return 42
r = f()
print(r)
