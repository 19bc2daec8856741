# basics: shadowing builtin names locally and globally, then restoring
def f():
    len = 5
    return len
print(f())
print(len("abc"))

def g(list):
    return list[0]
print(g([7, 8]))
print(list("ab"))

max = lambda *a: "shadowed"
print(max(1, 2))
del max
print(max(1, 2))

def h():
    str = "local str"
    return str.upper()
print(h(), str(5))

class X:
    sum = 100
    def get(self):
        return sum([1, 2, 3])
print(X.sum, X().get())

def use_print():
    p = print
    p("aliased print")
use_print()
id_ = 3
type_ = "t"
print(id_, type_)
def sorted_shadow(sorted):
    return sorted
print(sorted_shadow(1), sorted([3, 1, 2]))
