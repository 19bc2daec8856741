# basics: set comprehensions (printed sorted to avoid hash-order dependence)
s = {x % 4 for x in range(20)}
print(sorted(s))
print(len({c for c in "mississippi"}))
print(sorted({c for c in "hello world" if c.isalpha()}))
print(sorted({x * y for x in range(4) for y in range(4)}))
print(type({x for x in ()}).__name__, len({x for x in ()}))
words = ["a", "bb", "cc", "ddd", "e"]
print(sorted({len(w) for w in words}))
evens = {x for x in range(10) if x % 2 == 0}
odds = {x for x in range(10) if x % 2}
print(sorted(evens | odds))
print(evens & odds == set())
print(4 in evens, 4 in odds)
print(sorted({(a, b) for a in range(2) for b in "xy"}))
print(sorted({w.upper() for w in ["x", "y", "x"]}))
print(sorted({-x for x in {1, 2, 3}}))
def squares_upto(n):
    return {i * i for i in range(n)}
print(sorted(squares_upto(6)))
print(sorted({i // 2 for i in range(10)}))
