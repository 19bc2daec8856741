# numbers: exact comparisons between ints (small and huge) and floats, inf/nan, and equality across int/float/bool
pairs = [(2**53 + 1, float(2**53)), (2**53 + 1, float(2**53 + 2)), (2**53, float(2**53)), (-(2**53) - 1, -float(2**53)),
         (10**400, float('inf')), (10**400, 1e308), (-(10**400), -1e308), (-(10**400), float('-inf')),
         (2**1000, 2.0**1000), (2**1000 + 1, 2.0**1000), (2**1000 - 1, 2.0**1000), (0, -0.0), (0, 0.0),
         (1, 1.0000000000000002), (1, 0.9999999999999999), (3, 2.5), (-3, -2.5), (-3, -3.5), (True, 1.0), (False, -0.0),
         (2**63, 9.223372036854776e18), (2**63 - 1, 9.223372036854776e18), (5, float('nan')), (10**400, float('nan')),
         (2**64 + 1, 1.8446744073709552e19), (123456789012345678901234567890, 1.2345678901234568e29)]
for i, f in pairs:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f, f == i, f < i, f > i, f <= i, f >= i)
n = float('nan')
print(n == n, n != n, n < n, n is n, [n] == [n], n in [n])
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, 2 ** 0.5 == 2 ** 0.5)
print(sorted([3, 2.5, True, -1e10, 10**20, 0.5, False, 2**64 + 0.0]))
print(max(1, 1.0), min(1.0, 1), max(2**70, 1e21), min(-(2**70), -1e21))
for a, b in [(1.5, 'a'), ('a', 2), (1, None), (2.5, [])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
    print(a == b, a != b)
print((5).__eq__(5.0), (5.0).__eq__(5), (5.0).__lt__(6), (5).__lt__(6.0), (5.0).__eq__('a'))
