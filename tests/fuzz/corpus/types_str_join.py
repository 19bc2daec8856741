# types: str.join over lists, tuples, strings and other iterables
print(",".join(["a", "b", "c"]))
print("".join(["x", "y", "z"]))
print(" - ".join(("one", "two")))
print("-".join("abc"))
print(", ".join([]))
print("|".join(["single"]))
print("+".join([str(i) for i in range(5)]))
print("\n".join(["line1", "line2"]))
print("".join(reversed("hello")))
print(".".join({"k1": 1, "k2": 2}))
print("ab".join(["1", "2", "3"]))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError non-str item")
try:
    ",".join(5)
except TypeError:
    print("TypeError non-iterable")
words = ["the", "quick", "brown", "fox"]
print(" ".join(words).upper())
print(" ".join([w[::-1] for w in words]))
print("".join(map(str, [1, 2, 3])))
print("-".join(sorted(["b", "c", "a"])))
parts = []
for i in range(3):
    parts.append("p%d" % i)
print("/".join(parts))
print(len("".join(["ab"] * 100)))
