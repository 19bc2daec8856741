# builtins: any() and all() on empty and mixed iterables and short-circuiting
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any(""), all(""), any("a"), all(["", "a"]), any([None, [], 0.0]), all([[0], (0,)]))
print(any(range(0)), all(range(1, 5)), all(range(0, 5)), any({0: "a"}), all({1: 0}))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n % 2 for n in nums]))
calls = []
class Probe:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        calls.append(self.v)
        return bool(self.v)
print(any([Probe(0), Probe(1), Probe(2)]), calls)
calls.clear()
print(all([Probe(1), Probe(0), Probe(2)]), calls)
def it(vals):
    return iter(vals)
i = it([0, 1, 2, 3])
print(any(i), list(i))
j = it([1, 0, 5])
print(all(j), list(j))
words = ["apple", "avocado", "apricot"]
print(all([w.startswith("a") for w in words]), any([len(w) > 6 for w in words]))
try:
    any(5)
except TypeError:
    print("TypeError")
print(any([False, False, True]), all([True, True, True]))
