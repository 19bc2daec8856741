# basics: super() in methods other than __init__ across several levels
class A:
    def who(self):
        return ["A"]
    def value(self):
        return 1

class B(A):
    def who(self):
        return ["B"] + super().who()
    def value(self):
        return super().value() * 10

class C(B):
    def who(self):
        return ["C"] + super().who()
    def value(self):
        return super().value() + 5

print(C().who())
print(C().value())
print(B().who())

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return self.name + " area=" + str(self.area())

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "[" + super().describe() + "]"

for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.describe())
print(Square(2).w, Square(2).h)
