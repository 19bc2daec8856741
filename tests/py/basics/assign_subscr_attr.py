# basics: assignment to subscripts, slices and attributes, including nesting
lst = [0, 1, 2, 3, 4]
lst[0] = "a"
lst[-1] = "e"
print(lst)
lst[1:3] = ["X"]
print(lst)
d = {}
d["x"] = 1
d[2] = "two"
d[(1, 2)] = "tuple"
print(d)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = 1
print(grid)
nested = {"a": {"b": [1, 2]}}
nested["a"]["b"][1] = 20
nested["a"]["c"] = 3
print(nested)
class Obj:
    pass
o = Obj()
o.x = 1
o.child = Obj()
o.child.y = 2
o.child.items = [1, 2]
o.child.items[0] = 100
print(o.x, o.child.y, o.child.items)
o.x, o.child.y = o.child.y, o.x
print(o.x, o.child.y)
def key():
    print("key evaluated")
    return "k"
def val():
    print("value evaluated")
    return "v"
d2 = {}
d2[key()] = val()
print(d2)
lst = [1, 2, 3]
i = 0
i = lst[i] = 2
print(i, lst)
