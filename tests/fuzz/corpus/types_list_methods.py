# types: list append, extend, insert, pop, remove, index, count, clear, copy, reverse
lst = [3, 1, 2]
lst.append(4)
print(lst)
lst.extend([5, 6])
lst.extend((7,))
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before-last")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2))
print(lst)
lst.remove("a")
print(lst)
print(lst.index(2), lst.count(2), lst.count(99))
nums = [1, 2, 3, 2, 1, 2]
print(nums.index(2, 2), nums.count(2))
c = nums.copy()
c.append(0)
print(nums, c)
nums.reverse()
print(nums)
nums.clear()
print(nums, len(nums))
try:
    [].pop()
except IndexError:
    print("IndexError pop from empty")
try:
    [1].remove(2)
except ValueError:
    print("ValueError remove")
try:
    [1].index(2)
except ValueError:
    print("ValueError index")
stack = []
for i in range(4):
    stack.append(i)
print([stack.pop() for _ in range(4)])
print(lst.append(1) is None)
