# types: str.count with overlapping patterns, empty substring and ranges
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"))
print(s.count(""), "".count(""), "".count("a"))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2))
print("aaaa".count("aa"))
print("mississippi".count("ss"), "mississippi".count("i"), "mississippi".count("issi"))
text = "the cat and the hat and the bat"
print(text.count("the"), text.count("at"), text.count(" "))
words = text.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sum([1 for c in text if c in "aeiou"]))
print("abc".count("abcd"), "ABC".count("a"))
print(("x" * 100).count("x"), ("xy" * 50).count("yx"))
