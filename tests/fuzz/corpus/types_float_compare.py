# types: float comparisons with ints, bigints and each other, and sorting
print(0.1 < 0.2, 0.3 > 0.1 + 0.1, 1.0 <= 1, 2.5 >= 2)
print(1.0 == 1, 1.0000001 == 1, -0.0 == 0, 0.0 == False)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(1e100 > 10 ** 99, 1e100 < 10 ** 101)
print(sorted([3, 1.5, -2, 2.5, 0, -0.5]))
print(max(1, 1.0), min(1.0, 1), max(2, 2.5), min(-1, -1.5))
print(sorted([0.1 * 3, 0.3, 0.30000000000000004]))
print([x for x in [0.5, 1, 1.5, 2] if 0.75 < x <= 1.5])
print(3.0 in [1, 2, 3], 3 in [1.0, 2.0, 3.0])
print({1: "a"}.get(1.0), {1.0: "b"}.get(1))
print(round(0.1 + 0.2, 10) == 0.3)
print(1 / 3 == 0.3333333333333333)
print(1.5 < 2 < 2.5)
a = 0.1 * 3
b = 0.3
print(a == b, abs(a - b) < 1e-15)
print(float(7) / 2 == 7 / 2)
