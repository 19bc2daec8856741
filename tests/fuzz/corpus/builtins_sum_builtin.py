# builtins: sum over ints, floats, bigints, with start value, and errors
print(sum([]), sum([1, 2, 3]), sum((4, 5)), sum(range(101)))
print(sum([1.5, 2.5]), sum([0.1] * 10), sum([1, 2.5]))
print(sum([1, 2], 10), sum([], 5), sum(range(5), -10))
print(sum([2 ** 64, 2 ** 64, -1]), sum([10 ** 30] * 3))
print(sum([True, True, False]), sum({1: "a", 2: "b"}), sum({3, 4}))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
try:
    sum(["a", "b"])
except TypeError:
    print("TypeError sum of str")
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError sum with str start")
try:
    sum(5)
except TypeError:
    print("TypeError non-iterable")
print(sum([x * x for x in range(10)]), sum(map(int, "12345")))
grades = {"a": 90, "b": 75, "c": 88}
print(sum(grades.values()), sum(grades.values()) / len(grades))
print(sum([-1, -2, -3]), sum([0.5, -0.5]))
print(sum(range(1, 1001)) == 1000 * 1001 // 2)
print(sum([1, 2, 3], start=100))
