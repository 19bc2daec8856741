# str: the word-at-a-time hash: equal texts of every length (0..40 bytes, ASCII and not, built different ways) hash equal, and dict and set lookups find them
words = []
for n in range(41):
    words.append("".join(chr(97 + (i * 7 + n) % 26) for i in range(n)))
    words.append("".join(chr(0xe0 + (i + n) % 20) for i in range(n)))
    words.append("\u20ac" * (n % 5) + "q" * n)
same = 0
for w in words:
    built = "".join(list(w))
    sliced = ("<" + w + ">")[1:-1]
    same += hash(w) == hash(built) == hash(sliced) and w == built == sliced
print(len(words), same)
d = {w: i for i, w in enumerate(words)}
s = set(words)
print(len(d), len(s), all(d["".join(list(w))] == i for i, w in enumerate(words) if w in d and d[w] == i))
print(sum(("".join(reversed(w)) in s) for w in words))
# Texts that differ only in one byte, at every position, all stay distinct keys.
base = "abcdefghijklmnopqrstuvwxyz0123456789"
variants = {base[:i] + "Z" + base[i + 1:] for i in range(len(base))}
print(len(variants), sorted(variants)[:2])
print(len({base[:n] for n in range(len(base) + 1)}))
print(hash("") == hash("".join([])), hash("a" * 8) == hash("aaaa" + "aaaa"))
