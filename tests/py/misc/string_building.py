# misc: building strings by concatenation, join, repetition and formatting in loops
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i in range(1, 6):
    parts.append("*" * i)
print("\n".join(parts))
width = 9
for i in range(1, width + 1, 2):
    pad = (width - i) // 2
    print(" " * pad + "#" * i)
table = []
for r in range(1, 4):
    row = ""
    for c in range(1, 4):
        cell = str(r * c)
        row += " " * (4 - len(cell)) + cell
    table.append(row)
print("\n".join(table))
csv = "\n".join([",".join([str(r * 3 + c) for c in range(3)]) for r in range(3)])
print(csv)
words = ["alpha", "beta", "gamma"]
sentence = ""
for i, w in enumerate(words):
    if i:
        sentence += ", " if i < len(words) - 1 else " and "
    sentence += w
print(sentence + ".")
long = "".join([chr(ord("a") + i % 26) for i in range(1000)])
print(len(long), long[:30], long[-5:], long.count("z"))
acc = ""
for i in range(2000):
    acc = acc + "x"
print(len(acc))
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
print("-".join([("0" + str(n))[-2:] for n in [5, 10, 15]]))
