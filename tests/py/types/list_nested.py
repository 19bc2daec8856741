# types: nested lists, aliasing, self-containing mutations and deep structures
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], [r[0] for r in m])
t = [[m[r][c] for r in range(3)] for c in range(3)]
print(t)
flat = []
for row in m:
    flat.extend(row)
print(flat)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0])
cur = deep
depth = 0
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print(depth, cur)
tree = ["root", [["a", []], ["b", [["c", []]]]]]
def walk(node, level):
    print("  " * level + node[0])
    for child in node[1]:
        walk(child, level + 1)
walk(tree, 0)
lst = [[]] * 3
lst[0].append("shared")
print(lst)
copy = [row[:] for row in m]
copy[0][0] = 100
print(m[0][0], copy[0][0])
print([[i] * i for i in range(4)])
