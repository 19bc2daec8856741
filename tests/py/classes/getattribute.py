# __getattribute__ overrides see every lookup; object.__getattribute__ is callable
log = []

class Spy:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    def __getattribute__(self, name):
        log.append(name)
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def method(self):
        return "method"

s = Spy()
print(s.inst, s.cls_attr, s.magic, s.method())
print(log)
try:
    s.nothing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(s, "inst"))
print(getattr(s, "nothing", "dflt"))
print(hasattr(s, "magic"), hasattr(s, "zzz"))

# inherited override
class Sub(Spy):
    pass
log.clear()
print(Sub().magic, log)

# super().__getattribute__
class Upper:
    def __init__(self):
        self.word = "hello"
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
print(Upper().word)

# object.__getattribute__ bypasses the override
print(object.__getattribute__(Upper(), "word"))

# raising a non-AttributeError propagates
class Boom:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Boom().x
except KeyError as e:
    print("KeyError", e)
print(type(Boom()).__name__)

# special method lookup bypasses __getattribute__
class Len:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
print(len(Len()))
