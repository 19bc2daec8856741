# builtins: reversed() on lists, tuples, strings, ranges and user sequences
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed([])))
print("".join(reversed("stressed")))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r), next(r), lst)
for x in reversed(["a", "b"]):
    print(x)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError:
    print("TypeError")
try:
    reversed({1, 2})
except TypeError:
    print("TypeError for set")
print(list(reversed(list({"x": 1, "y": 2}))))
it = reversed([10, 20])
print(list(it), list(it))
print([i for i in reversed(range(3, 0, -1))])
