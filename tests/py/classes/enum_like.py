# an Enum-like metaclass: members made at class creation, iteration and lookup on the class
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = []
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            setattr(cls, k, m)
            cls._members.append(m)
        return cls
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, m):
        return isinstance(m, cls) and m in cls._members
    def __getitem__(cls, name):
        for m in cls._members:
            if m.name == name:
                return m
        raise KeyError(name)
    def __call__(cls, value):
        for m in cls._members:
            if m.value == value:
                return m
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self.name, self.value)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return self.name.lower()

print(list(Color), len(Color))
print(Color.RED, Color["GREEN"], Color(3), Color.BLUE.describe())
print(Color.RED in Color, 1 in Color, isinstance(Color.RED, Color))
print(Color(2) is Color.GREEN, type(Color.RED).__name__, type(Color).__name__)
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
print([m.value for m in Color], sorted(Color.__dict__["_members"], key=lambda m: -m.value)[0])
