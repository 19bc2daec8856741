# types: list.sort and sorted with key, reverse, stability and mixed numbers
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
records = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
records.sort(key=lambda r: r[1])
print(records)
mixed = [3, 1.5, -2, 0, 2.25]
mixed.sort()
print(mixed)
print(sorted([]), sorted([1]))
lst = [3, 2, 1]
r = lst.sort()
print(r, lst)
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:], all([big[i] <= big[i + 1] for i in range(len(big) - 1)]))
print(sorted("hello world"), sorted([[2, 1], [1, 2], [1]]))
