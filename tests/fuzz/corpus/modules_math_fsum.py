# math: fsum exactness (cancellation, tiny terms, half-way ties), its inf/nan rules and overflow errors
import math
tests = [
    [], [0.0], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1] * 10, [1e308, -1e308, 1e308],
    [1.0, 1e-16, 1e-16], [2.0 ** 53, -0.5, -2.0 ** -54], [2.0 ** 53, 1.0, 2.0 ** -100],
    [1e16, 1.0, 1e-16], [-0.0, -0.0], [-0.0, 0.0], [1, 2, 3], [True, 0.5],
    [1.7976931348623157e308, -1.7976931348623157e308, 1.0], [0.3, 0.6, -0.9],
    [2.0 ** 1023, -(2.0 ** 1023) * (1 - 2 ** -53), 2.0 ** 1022],
    [math.inf, 1.0], [-math.inf, -1e308], [math.nan, 1.0], [math.inf, math.nan],
    [1.0, math.inf, math.inf],
]
for t in tests:
    print(repr(math.fsum(t)), repr(sum(t)))
print(math.fsum(x / 10 for x in range(1, 101)), math.fsum(iter([1e-320, 1e-320])))
print(math.fsum([(-1) ** i * 1.0 / (i + 1) for i in range(1000)]))
print(math.fsum([1.0 / n for n in range(1, 2000)]), math.fsum([i * 1e-8 for i in range(5000)]))
for t in [[math.inf, -math.inf], [1e308, 1e308], [-1e308, -1e308, 1e308], [2.0 ** 1023, 2.0 ** 1023 * (1 - 2 ** -53), -(2.0 ** 1023)], [1, 'x'], [math.inf, -math.inf, math.nan]]:
    try:
        print(math.fsum(t))
    except Exception as e:
        print(type(e).__name__, e)
