# basics: chained comparisons, evaluation order and single evaluation of middle terms
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 < 3 < 2 < 5)
print(0 <= x <= 5 == 5)
print(x == 5 != 6)
print(3 > 2 > 1 > 0)
print(1 == 1.0 == True)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
a = [1, 2]
print(1 in a in [[1, 2]])
print(2 not in a is not None)
print("a" < "b" < "c")
print([1, 2] < [1, 3] < [2])
print((1, 2) <= (1, 2) < (1, 2, 0))
y = 10
print(x < y and y < 20, x < y < 20)
print(not 1 < 2 < 3)
print(1 < 3 > 2 == 2)
print(None is None is not False)
print(-1 < 0 < 1 != 2)
lo, hi = 0, 100
print([n for n in [-5, 0, 50, 100, 150] if lo <= n < hi])
