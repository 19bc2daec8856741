# basics: for loops with else, break, continue and nested loops
for i in range(3):
    print(i)
else:
    print("else after", i)

for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")

for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")

for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)

for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print(i, j)

for ch in "":
    print("never")
else:
    print("empty else")

primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
