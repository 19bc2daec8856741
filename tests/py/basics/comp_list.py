# basics: list comprehensions with conditions, nesting and scoping
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x % 2 else -x for x in range(6)])
words = ["apple", "bob", "kayak", "python"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
n = 3
print([n * i for i in range(4)])
def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
print([i for i in []])
print([(i, c) for i, c in enumerate("xyz")])
print([a + b for a, b in zip([1, 2], [10, 20])])
print(sum([x for x in range(101)]))
print([[]for _ in range(2)])
