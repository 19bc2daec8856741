# types: slice assignment that grows, shrinks, inserts and replaces list contents
lst = list(range(8))
lst[2:4] = ["a", "b"]
print(lst)
lst[2:4] = ["x"]
print(lst)
lst[2:3] = ["p", "q", "r"]
print(lst)
lst[:0] = [-2, -1]
print(lst)
lst[len(lst):] = [100]
print(lst)
lst[:] = [1, 2, 3]
print(lst)
lst[1:1] = "AB"
print(lst)
lst[::2] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError:
    print("ValueError extended slice size")
lst[1:4] = []
print(lst)
a = [1, 2, 3, 4, 5]
a[-2:] = [40, 50, 60]
print(a)
a[::-1] = [1, 2, 3, 4, 5, 6]
print(a)
b = [0] * 5
b[1:4] = range(3)
print(b)
alias = b
b[:] = []
print(alias)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
