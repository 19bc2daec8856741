# subclasses of float
class Money(float):
    def __new__(cls, amount, currency="EUR"):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self
    def __str__(self):
        return "%.2f %s" % (self, self.currency)

m = Money("12.5", "USD")
print(m, repr(m), m.currency, m * 2, type(m * 2).__name__)
print(isinstance(m, float), float(m), m == 12.5, round(m))

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
    def __neg__(self):
        return Celsius(float.__neg__(self))
c = Celsius(100)
print(c.to_f(), -c, type(-c).__name__)
print(Celsius(), Celsius(" 1.5 "), Celsius(3))
c.note = "boiling"
print(c.note)
print(c.is_integer(), float(c) == 100.0)
print(float.__new__(Celsius, 2.5), type(float.__new__(Celsius, 2.5)).__name__)
