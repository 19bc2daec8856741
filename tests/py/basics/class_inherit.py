# basics: single inheritance, method overriding and super().__init__()
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"

class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, "meow")
        self.lives = 9

    def kind(self):
        return "cat"

class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (quietly)"

a = Animal("generic")
c = Cat("Tom")
k = Kitten("Kit", 1)
for x in [a, c, k]:
    print(x.speak(), "|", x.kind())
print(k.lives, k.age, k.name)
print(isinstance(k, Kitten), isinstance(k, Cat), isinstance(k, Animal))
print(isinstance(c, Kitten))
print(issubclass(Kitten, Animal), issubclass(Animal, Cat))
print(issubclass(Cat, object))

class Base:
    def __init__(self):
        self.log = ["base"]
class Child(Base):
    pass
print(Child().log)
class Explicit(Base):
    def __init__(self):
        Base.__init__(self)
        self.log.append("explicit")
print(Explicit().log)
