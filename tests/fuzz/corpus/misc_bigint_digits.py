# misc: bigint workloads: factorials, digit sums, powers of two and collatz lengths
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(sum([int(d) for d in str(f100)]), len(str(f100)))
trailing = 0
s = str(f100)
while s.endswith("0"):
    s = s[:-1]
    trailing += 1
print(trailing)
p = 2 ** 1000
print(sum([int(d) for d in str(p)]), str(p)[:15])
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max([(collatz_len(n), n) for n in range(1, 3000)])
print(best)
print(collatz_len(2 ** 100 + 1))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a % (10 ** 20), len(str(a)))
print(fact(30) // fact(28), fact(25) % 1000000007)
print(pow(2, 2 ** 10, 10 ** 9 + 7), (3 ** 333) % 1000)
