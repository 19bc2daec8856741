# types: string indexing and slicing with negative indices, steps and bounds
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[100:], s[-100:3], s[3:100], repr(s[5:2]))
print(s[2:8:3], s[-1:-5:-1], s[-5:-1])
print(repr(s[0:0]), repr(""[:]), repr(""[::-1]))
print(s[len(s) - 1], s[-len(s)])
try:
    s[10]
except IndexError:
    print("IndexError")
try:
    s[-11]
except IndexError:
    print("IndexError")
try:
    s[1] = "z"
except TypeError:
    print("TypeError immutable")
print(s[slice(1, 4)], s[slice(None, None, -3)])
word = "racecar"
print(word == word[::-1])
print("hello world"[6:11].upper())
i, j = 2, 6
print(s[i:j], s[i:j][::-1])
print([s[k:k + 3] for k in range(0, len(s), 3)])
