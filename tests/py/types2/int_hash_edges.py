# hash(int) at the small-int and hash-modulus edges equals CPython's rule (sign * (|v| mod modulus), -1 -> -2), and int keys find each other across sizes
import sys
P = (1 << 61) - 1 if sys.maxsize > 1 << 32 else (1 << 31) - 1   # sys.hash_info.modulus
M = (1 << 63) - 1   # a 64-bit sys.maxsize on any build: the values, so the output, stay CPython's
vals = [0, 1, -1, -2, 2, 7, -7, (1 << 31) - 1, 1 << 31, -(1 << 31), P - 1, P, P + 1, -P, -P - 1, 2 * P, -2 * P + 1,
        (1 << 62) - 1, -(1 << 62), 1 << 62, M, -M, -M - 1, M + 1, 1 << 63, 1 << 64, -(1 << 64), 10 ** 30, -10 ** 30]
def rule(v):
    h = abs(v) % P
    h = -h if v < 0 else h
    return -2 if h == -1 else h
print(all(hash(v) == rule(v) for v in vals), [v for v in vals if hash(v) != rule(v)])
print(hash(True) == 1, hash(False) == 0, hash(-1) == hash(-2))
d = {v: i for i, v in enumerate(vals)}
print(all(d[int(str(v))] == i for i, v in enumerate(vals)), len(d) == len(set(vals)))   # P is per-build
print(d.get(P) == d.get(P + 0), (P in d), (2 * P) in d, 0 in d and d[0] == 0)
