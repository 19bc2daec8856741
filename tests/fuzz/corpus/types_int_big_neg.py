# types: negation, abs and sign handling of bigints and mixed comparisons
a = 2 ** 80
print(-a, abs(-a), -(-a) == a, abs(a) == a)
print(-a * -1 == a, (-a) ** 2 == a ** 2, (-a) ** 3 == -(a ** 3))
print(a + (-a), -a - a)
print(sorted([a, -a, 0, 1, -1, a - 1, -a + 1]))
print(min(-a, -a + 1), max(-a, -(a * 2)))
print(bool(a), bool(-a), bool(a - a))
print(-a < -1, -1 < a, -a < a)
print(int(-a) == -a, int(str(-a)) == -a)
print((-a) // 3, (-a) % 3)
print(-(2 ** 63), -(2 ** 63) - 1, -(2 ** 64) + 1)
x = -1
for i in range(70):
    x *= 2
print(x)
print(abs(x), x // -2 ** 69, x % 7)
print(-0 == 0, -(2 ** 100 - 2 ** 100))
print([(-3) ** i for i in range(25, 28)])
