# types: del on list items and slices, and list shrinking behaviour
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::3]
print(lst)
del lst[100:]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError:
    print("IndexError")
grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1]
del grid[1]
print(grid)
nums = list(range(20))
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
a = [1, 2, 3, 4, 5, 6]
del a[1::2]
print(a)
b = [1, 2, 3, 4, 5, 6]
del b[::-2]
print(b)
