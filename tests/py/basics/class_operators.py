# basics: arithmetic and comparison operator overloading on user classes
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __neg__(self):
        return Money(-self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __gt__(self, other):
        return self.cents > other.cents
    def __ge__(self, other):
        return self.cents >= other.cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __repr__(self):
        return "Money(%d)" % self.cents

a = Money(150)
b = Money(275)
print(a + b, b - a, a * 3, -a)
print(a < b, a > b, a <= Money(150), b >= a, a == Money(150))
print(sorted([b, a, Money(5)]))
print(max([a, b]), min([a, b]))
total = Money(0)
for m in [a, b, Money(75)]:
    total += m
print(total)

class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, o):
        return Vec(*[x + y for x, y in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[x * k for x in self.c])
    def __repr__(self):
        return "Vec" + repr(tuple(self.c))
print(Vec(1, 2, 3) + Vec(10, 20, 30))
print(Vec(1, 2) * 5)
try:
    Vec(1) - Vec(2)
except TypeError:
    print("TypeError for missing __sub__")
