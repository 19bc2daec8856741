# basics: dict comprehensions, key collisions and insertion order
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 3: x for x in range(10)})
print({c: ord(c) for c in "abc" if c != "b"})
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({i: {j: i * j for j in range(3)} for i in range(2)})
d = {str(i): i for i in range(4)}
print(d, len(d))
print({k: v for k, v in d.items() if v % 2 == 0})
print({(x, y): x + y for x in range(2) for y in range(2)})
print({})
m = 10
print({i: m for i in range(2)})
print({w: len(w) for w in words})
print(list({x: None for x in "mississippi"}))
