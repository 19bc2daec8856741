# __class_getitem__ (implicit classmethod) and subscripting classes
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))

print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass
print(SubBox[str])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)

# instances are not subscriptable through __class_getitem__
try:
    Box()[0]
except TypeError as e:
    print("TypeError", e)

# a metaclass __getitem__ takes precedence over __class_getitem__
class Meta(type):
    def __getitem__(cls, k):
        return "meta " + str(k)
class Both(metaclass=Meta):
    def __class_getitem__(cls, k):
        return "class " + str(k)
print(Both[3])

# explicit classmethod is fine too
class Explicit:
    @classmethod
    def __class_getitem__(cls, k):
        return (cls.__name__, k)
print(Explicit[0])
