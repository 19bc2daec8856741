# misc: sieve of Eratosthenes, prime counting and simple factorisation
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]

primes = sieve(100)
print(primes)
big = sieve(50000)
print(len(big), big[-5:], sum(big))

def factorize(n):
    out = []
    for p in big:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out

for n in [2, 12, 97, 360, 1001, 65536, 999983, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
gaps = {}
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:6], max(gaps))
