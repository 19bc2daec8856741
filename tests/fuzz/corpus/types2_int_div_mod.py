# types2: int floor division and modulo signs, power with negative exponents, divmod
for a, b in [(-7, 2), (7, -2), (-7, -2), (7, 2), (0, -3), (-1, 5), (1, -5), (-6, 3), (2**65, -3), (-(2**65), 7), (-7, 2**65)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3, 0 ** 0, (-8) ** 2, -8 ** 2)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 100, -7))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 0.5), (-0.0, 1), (1e300, 1e-300)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(divmod(-1.0, 3), divmod(1.0, -3), -0.0 % 5, 0.0 % -5)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(10 // 3.0).__name__)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
print(abs(-2**63), -(-2**63), (-2**63) // -1, -(2**63) % -1)
