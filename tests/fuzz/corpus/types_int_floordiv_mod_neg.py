# types: floor division and modulo with negative operands follow floor semantics
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (123, 7), (-123, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    assert (a // b) * b + a % b == a
print("identity holds")
print(-1 // 1, -1 % 1)
print(-17 // 5, -17 % 5)
print(17 // -5, 17 % -5)
big = 10 ** 20
print(-big // 7, -big % 7)
print(big // -7, big % -7)
print(-big // -7, -big % -7)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
for d in [0]:
    for a in [1, -1]:
        try:
            a // d
        except ZeroDivisionError:
            print("ZeroDivisionError //")
        try:
            a % d
        except ZeroDivisionError:
            print("ZeroDivisionError %")
