# dir(): a class's __dir__ override (any iterable, sorted into a new list) and its errors
class Listed:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Listed()))
class Tupled:
    def __dir__(self):
        return ("b", "a")
print(dir(Tupled()))
class FromDict:
    def __dir__(self):
        return {"k2": 1, "k1": 2}
print(dir(FromDict()))
shared = ["y", "x"]
class Shared:
    def __dir__(self):
        return shared
r = dir(Shared())
print(r, shared, r is shared)
class Dupes:
    def __dir__(self):
        return ["a", "a", "b"]
print(dir(Dupes()))
class UsesSelf:
    def __init__(self):
        self.fields = ["f2", "f1"]
    def __dir__(self):
        return self.fields + ["extra"]
print(dir(UsesSelf()))
class Inherits(Listed):
    pass
print(dir(Inherits()))
class NotIterable:
    def __dir__(self):
        return 5
try:
    dir(NotIterable())
except TypeError as e:
    print("TypeError", e)
class Raises:
    def __dir__(self):
        raise ValueError("no dir for you")
try:
    dir(Raises())
except ValueError as e:
    print("ValueError", e)
class Mixed:
    def __dir__(self):
        return ["b", 1]
try:
    dir(Mixed())
except TypeError as e:
    print("TypeError", e)
print("__dir__" in dir(Listed), "alpha" in dir(Listed))
class Meta(type):
    def __dir__(cls):
        return ["from_meta"]
class WithMeta(metaclass=Meta):
    own = 1
print(dir(WithMeta))
print("own" in dir(WithMeta()))
class Base:
    def __dir__(self):
        return ["base_view"]
class Override(Base):
    def __dir__(self):
        return super().__dir__() + ["child_view"]
print(dir(Override()))
