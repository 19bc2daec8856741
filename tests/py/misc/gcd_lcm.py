# misc: gcd by Euclid (iterative and recursive), lcm, fractions reduced by gcd
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def gcd_rec(a, b):
    return abs(a) if b == 0 else gcd_rec(b, a % b)

def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0

pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (2 ** 40, 6 ** 20), (1071, 462)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b))
l = 1
for k in range(1, 21):
    l = lcm(l, k)
print("lcm 1..20 =", l)

class Frac:
    def __init__(self, n, d):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __eq__(self, o):
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return "%d/%d" % (self.n, self.d)

h = Frac(0, 1)
for k in range(1, 11):
    h = h + Frac(1, k)
print(h)
print(Frac(6, -8), Frac(2, 3) * Frac(9, 4), Frac(1, 2) == Frac(2, 4))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
