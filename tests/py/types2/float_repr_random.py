# types2: float repr/str round trip and arithmetic on pseudo-random values (deterministic LCG)
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
out = []
for i in range(300):
    m = rnd() / 2**31
    e = rnd() % 80 - 40
    x = m * float(10 ** e) if e >= 0 else m / float(10 ** -e)   # (not libm's pow: its last digit varies by platform)
    if rnd() % 2:
        x = -x
    out.append(repr(x))
    assert float(repr(x)) == x
print(' '.join(out[:100]))
print(' '.join(out[100:200]))
print(' '.join(out[200:]))
vals = [float(v) for v in out[:60]]
print([round(v, 3) for v in vals[:20]])
print(['%.5g' % v for v in vals[20:40]])
print(['{:.3e}'.format(v) for v in vals[40:60]])
print(sum(vals), max(vals), min(vals))
print([v // 0.7 for v in vals[:10]], [v % 0.7 for v in vals[:10]])
print([int(v) for v in vals if abs(v) < 1e15][:20])
ints = [rnd() * rnd() - 2**60 for _ in range(50)]
print([i // 7 for i in ints[:10]], [i % -13 for i in ints[10:20]], [divmod(i, 1000003) for i in ints[20:25]])
print([float(i) for i in ints[25:35]], [i / 3 for i in ints[35:45]])
