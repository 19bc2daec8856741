# math: exact integer functions (gcd, lcm, factorial, comb, perm, isqrt) on small and huge ints, bools and __index__
import math
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class MyInt(int):
    pass
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 8), math.gcd(0, 0),
      math.gcd(0, -5), math.gcd(True, 4), math.gcd(I(21), 14), math.gcd(MyInt(0), MyInt(6)))
print(math.gcd(2**100 * 3**5, 2**80 * 3**9 * 7), math.gcd(10**40 + 1, 10**20), math.gcd(2**64, 2**63 + 2**62))
print(math.gcd(-(2**70), 6), math.gcd(2**70, 0), math.gcd(-(2**70)))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(3, 0, 7),
      math.lcm(-3, 4), math.lcm(2**70, 3**40), math.lcm(I(4), 10), math.lcm(False, 3))
for n in [0, 1, 5, 20, 21, 25, 100]:
    print(n, math.factorial(n))
f = math.factorial(1000)
print(len(str(f)), str(f)[:20], f % (10**9 + 7), math.factorial(I(6)), math.factorial(True), math.factorial(MyInt(4)))
print(math.factorial(3000) == math.prod(range(1, 3001)))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (60, 30), (1000, 3), (1000, 997)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(6, None), math.comb(I(7), True))
print(math.comb(2**70, 2), math.comb(2**70, 2**70 - 1), math.comb(2**70, 2**70 + 1), math.perm(2**70, 3))
print(math.comb(2**70, 3) == (2**70) * (2**70 - 1) * (2**70 - 2) // 6, math.perm(5, 2**70))
print(math.comb(400, 200) == math.factorial(400) // math.factorial(200) ** 2)
print(math.comb(1000, 400) % 1000000007, math.perm(300, 150) % 998244353)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 2**52 - 1, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 10**20, 2**200,
          2**201, 10**100 - 1, 10**100, (10**50 + 3) ** 2, (10**50 + 3) ** 2 - 1, True]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(I(50)), math.isqrt(MyInt(10**30)), type(math.isqrt(True)).__name__)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10),
      math.prod([[1]], start=3), math.prod(['ab'], start=2), math.prod([3, 4], start=0.5),
      math.prod([2**64, 2**64]), math.prod(x for x in [1, 2, 3]))
