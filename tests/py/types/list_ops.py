# types: list concatenation, repetition, membership, comparison and equality
a = [1, 2]
b = [3]
print(a + b, b + a, a * 2, [0] * 3, [] * 5, a * 0)
print(2 in a, 5 in a, 5 not in a)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([[1, 2]] == [[1, 2]], [1, [2, 3]] < [1, [2, 4]])
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 1
print(rows)
print(len([]), len([None]), len([[], []]))
print(list(range(3)), list("ab"), list((1, 2)), list({"a": 1}))
print([1, "a", None, 2.5, [3]])
print(bool([]), bool([0]))
try:
    [1] + (2,)
except TypeError:
    print("TypeError list + tuple")
x = [3, 1, 2]
print(max(x), min(x), sum(x), sorted(x), x)
print(len([1, 2, 3]))
lst = []
lst += range(3)
print(lst)
print(repr([]), str([1, "a"]), repr(["q'", 'd"']))
