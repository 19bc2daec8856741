# types: inf and nan created with float(), their arithmetic and comparisons
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan)
print(repr(inf), repr(nan), str(ninf))
print(float("Infinity"), float("-INF"), float("NaN"), float("nan"))
print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0)
print(inf + ninf)
print(max(1, inf), min(1, ninf))
print(abs(ninf))
x = 1e308
print(x * 10, -x * 10)
print(inf > 10 ** 400, ninf < -(10 ** 400))
lst = [3.0, nan, 1.0]
print(nan in lst, any([v != v for v in lst]))
print(float("inf") == float("inf"))
print(str(inf).upper(), len(str(nan)))
try:
    int(inf)
except OverflowError:
    print("OverflowError")
try:
    int(nan)
except ValueError:
    print("ValueError")
print(inf * inf, -inf * inf)
print(type(inf).__name__)
