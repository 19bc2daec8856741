# types: iterating strings, lexicographic comparison and building lookup tables
s = "Hello, World"
vowels = 0
for ch in s:
    if ch.lower() in "aeiou":
        vowels += 1
print(vowels)
print([c for c in s if c.isupper()], list(enumerate("abc")))
print("apple" < "banana", "apple" < "apricot", "Zebra" < "apple", "" < "a")
print("abc" == "abc", "abc" != "abd", "abc" <= "abc", "b" > "abc")
print(sorted(["b", "B", "a", "A", "_", "1"]))
print(max("zebra", "apple"), min(["pear", "peach", "pea"]))
table = {}
for i, ch in enumerate("abcdef"):
    table[ch] = i
print(table)
encoded = "".join([str(table[c]) for c in "face"])
print(encoded)
rev = {v: k for k, v in table.items()}
print("".join([rev[int(d)] for d in encoded]))
pal = "A man a plan a canal Panama"
clean = "".join([c.lower() for c in pal if c != " "])
print(clean, clean == clean[::-1])
counts = [0] * 26
for c in "the quick brown fox jumps over the lazy dog":
    if c != " ":
        counts[ord(c) - ord("a")] += 1
print(counts, all(counts))
print(list(zip("abc", "xyz")), "".join(["%s%s" % p for p in zip("abc", "123")]))
