# basics: class attributes versus instance attributes and shadowing
class Dog:
    kind = "canine"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, t):
        self.tricks.append(t)

a = Dog("Rex")
b = Dog("Fido")
print(a.kind, b.kind, Dog.kind)
print(Dog.count)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
a.add_trick("roll")
b.add_trick("sit")
print(Dog.tricks, a.tricks is b.tricks)
del a.kind
print(a.kind)
print(a.name, b.name)

class Config:
    debug = False
    level = 1
    def describe(self):
        return "debug=%s level=%d" % (self.debug, self.level)
cfg = Config()
print(cfg.describe())
cfg.level = 5
print(cfg.describe(), Config.level)
Config.debug = True
print(cfg.describe())
print(hasattr(Config, "describe"), hasattr(Config, "name"))
class Const:
    A = 1
    B = A + 1
    C = [A, B]
print(Const.A, Const.B, Const.C)
