# types: integer powers producing big values, and 3-argument pow with bigints
print(2 ** 128)
print(3 ** 100)
print(10 ** 50)
print((-7) ** 31)
print(2 ** 1000 % 1000007)
print(pow(2, 1000, 1000007))
print(pow(3, 10 ** 5, 10 ** 9 + 7))
print(pow(12345678901234567890, 3, 10 ** 12))
print(pow(2, 100) == 2 ** 100)
print(len(str(2 ** 3000)))
print(str(9 ** 99)[:20], str(9 ** 99)[-20:])
x = 1
for i in range(64):
    x *= 2
print(x == 2 ** 64, x)
print(2 ** 64 - 1, 2 ** 63 - 1, -(2 ** 63))
print(pow(-2, 65), pow(-3, 3, 7))
print(int("1" + "0" * 40) == 10 ** 40)
print(11 ** 20, 11 ** 21)
print(2 ** 0.5 > 1.41, 4 ** 0.5)
