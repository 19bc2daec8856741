# misc: word frequency counting with dicts, sorting by count then alphabetically
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = raw.strip(".,;:!?").lower()
    if w:
        words.append(w)
print(len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(w + " " * (12 - len(w)), c)
print(len(freq), sum(freq.values()) == len(words))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = {}
for ch in text.lower():
    if "a" <= ch <= "z":
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
first_seen = list(freq)[:6]
print(first_seen)
