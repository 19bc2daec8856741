# random: properties (ranges, reproducible seeding, permutations, distributions) of every function; values differ from CPython's generator by design
import random
for seed in [0, 1, -1, 2**100, 3.5, 'abc', b'abc', bytearray(b'xy'), None]:
    random.seed(seed)
    a = [random.random() for _ in range(20)]
    random.seed(seed)
    b = [random.random() for _ in range(20)]
    print(repr(seed), (a == b) == (seed is not None), all(0.0 <= x < 1.0 for x in a), len(set(a)) == 20)
random.seed(12345)
print(random.seed(7), random.seed(a=7), random.seed(7, version=2))
# ints
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(500)), set(random.randint(1, 3) for _ in range(300)) == {1, 2, 3})
print(set(random.randrange(5) for _ in range(300)) == set(range(5)), set(random.randrange(-3, 3) for _ in range(300)) == set(range(-3, 3)))
print(set(random.randrange(0, 20, 5) for _ in range(300)) == {0, 5, 10, 15}, set(random.randrange(10, 0, -3) for _ in range(300)) == {10, 7, 4, 1})
print(all(random.randrange(2**70, 2**70 + 3) - 2**70 in (0, 1, 2) for _ in range(100)), random.randint(5, 5))
big = [random.randrange(10**30) for _ in range(200)]
print(all(0 <= x < 10**30 for x in big), max(big) > 10**29, random.randrange(start=3, stop=4), random.randint(True, True))
print(random.getrandbits(0), all(0 <= random.getrandbits(k) < 2**k for k in [1, 7, 31, 32, 33, 63, 64, 65, 128, 200] for _ in range(20)))
print(max(random.getrandbits(200) for _ in range(50)).bit_length() > 190, type(random.getrandbits(3)).__name__)
bits = [random.getrandbits(1) for _ in range(2000)]
print(800 < sum(bits) < 1200)
# floats
u = [random.uniform(-2, 3) for _ in range(500)]
print(all(-2 <= x <= 3 for x in u), min(u) < -1.5, max(u) > 2.5, random.uniform(5, 5), type(random.uniform(1, 2)).__name__)
g = [random.gauss(10, 2) for _ in range(4000)]
m = sum(g) / len(g)
sd = (sum((x - m) ** 2 for x in g) / len(g)) ** 0.5
print(9.8 < m < 10.2, 1.85 < sd < 2.15, random.gauss(mu=1, sigma=0) == 1)
print(0.45 < sum(random.random() for _ in range(4000)) / 4000 < 0.55)
# sequences
print(random.choice([7]), random.choice('a'), random.choice(range(3, 4)), set(random.choice('abc') for _ in range(200)) == set('abc'))
l = list(range(50)); random.shuffle(l); print(sorted(l) == list(range(50)), l != list(range(50)))
e = []; random.shuffle(e); print(e)
t = bytearray(b'abcdef'); random.shuffle(t); print(sorted(t) == list(b'abcdef'))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s), random.sample('abc', 3) != None, sorted(random.sample('abc', 3)), random.sample([1, 2], 0))
print(sorted(random.sample((1, 2, 3, 4), k=4)), type(random.sample((1, 2), 1)).__name__)
c = random.choices('ab', k=1000)
print(len(c), set(c) == {'a', 'b'}, 400 < c.count('a') < 600, random.choices('x'), random.choices([1, 2], k=0), random.choices([1, 2], k=-1))
print(set(random.choices('abc', [0, 1, 0], k=50)), set(random.choices('abc', cum_weights=[0, 0, 5], k=50)), set(random.choices('abc', [1, 1, 0], k=200)))
w = random.choices([0, 1], [1, 3], k=4000)
print(2700 < sum(w) < 3300, random.choices(range(5), weights=(0, 0, 0, 0, 2.5)))
print(len(random.randbytes(10)), random.randbytes(0), type(random.randbytes(3)).__name__)
# Random instances are independent generators
r1, r2 = random.Random(99), random.Random(99)
print([r1.randint(0, 10**6) for _ in range(3)] == [r2.randint(0, 10**6) for _ in range(3)], isinstance(r1, random.Random))
r3 = random.Random()
st = r3.getstate(); x = [r3.random() for _ in range(3)]; r3.setstate(st); print(x == [r3.random() for _ in range(3)])
random.seed(1); a = random.random(); random.seed(2); print(a != random.random())
