# types: list indexing and slicing with negative indices, steps and copies
lst = list(range(10))
print(lst[0], lst[-1], lst[5])
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-3])
print(lst[::2], lst[1::3], lst[::-1], lst[8:2:-2], lst[-1:-4:-1])
print(lst[100:], lst[-100:2], lst[5:1])
c = lst[:]
c[0] = 99
print(lst[0], c[0], c is lst, c == lst)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(9)
print(nested)
try:
    lst[10]
except IndexError as e:
    print("IndexError", e)
try:
    lst[-11]
except IndexError:
    print("IndexError negative")
print(lst[slice(2, 8, 2)])
print(lst[2:8][::-1])
print([][:], [1][5:])
m = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[1] for row in m], m[1][::-1], m[::-1][0])
print(len(lst[::3]), len(lst[1:1]))
