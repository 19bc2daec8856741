# dir() uses a class or metaclass __dir__, and otherwise lists class and instance attributes
class A:
    def __dir__(self): return ["b", "a", "c"]
print(dir(A()))
class M(type):
    def __dir__(cls): return ["z", "y"]
class B(metaclass=M): pass
print(dir(B))
class C:
    x = 1
    def __init__(self): self.y = 2
print([n for n in dir(C()) if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
