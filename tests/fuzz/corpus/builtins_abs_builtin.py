# builtins: abs() on ints, bigints, floats, bools and user classes with __abs__
print(abs(0), abs(5), abs(-5), abs(-0))
print(abs(2 ** 100), abs(-(2 ** 100)))
print(abs(1.5), abs(-1.5), abs(-0.0), abs(float("-inf")))
print(abs(True), abs(False))
print(abs(-2 ** 63), abs(-2 ** 64))
class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return V(self.x if self.x > 0 else -self.x)
    def __repr__(self):
        return "V(%d)" % self.x
print(abs(V(-3)), abs(V(4)))
try:
    abs("x")
except TypeError:
    print("TypeError abs(str)")
try:
    abs(None)
except TypeError:
    print("TypeError abs(None)")
print([abs(x) for x in range(-3, 4)])
print(sorted([-5, 3, -1, 4], key=abs))
print(max([-10, 5, 7], key=abs))
print(abs(3 - 10), abs(10 - 3), abs(-7) == 7)
print(abs(-1e300 * 10), abs(1e-300))
print(type(abs(-1)).__name__, type(abs(-1.0)).__name__)
