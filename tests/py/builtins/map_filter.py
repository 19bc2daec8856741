# builtins: map with one or more iterables and filter with function or None
print(list(map(str, [1, 2, 3])))
print(list(map(lambda x: x * x, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(len, ["a", "bb", "ccc"])), list(map(int, "123")))
print(list(map(str.upper, ["x", "y"])))
print(list(filter(lambda x: x % 2 == 0, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])))
print(list(filter(lambda s: len(s) > 2, ["ab", "abc", "abcd"])))
m = map(abs, [-1, -2])
print(next(m), next(m))
try:
    next(m)
except StopIteration:
    print("StopIteration")
f = filter(None, [0, 5])
print(list(f), list(f))
print(sum(map(lambda x: x * 2, range(4))), max(map(len, ["a", "abc", "ab"])))
calls = []
def tracked(x):
    calls.append(x)
    return x
lazy = map(tracked, [1, 2, 3])
print(calls)
print(next(lazy), calls)
def pos(x):
    return x > 0
print(list(map(pos, [-1, 0, 2])), list(filter(pos, [-1, 0, 2])))
