# builtins: iter() and next() with default, StopIteration and user iterators
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(next(it, "default"), next(iter([]), None))
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
r = iter(range(2))
print(list(r), list(r))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for v in Countdown(2):
    print("v", v)
c = Countdown(1)
print(next(c), next(c, "done"))
print(iter(c) is c)
lst = [1, 2]
print(iter(lst) is not iter(lst))
try:
    iter(5)
except TypeError:
    print("TypeError iter(int)")
try:
    next([1])
except TypeError:
    print("TypeError next(list)")
it = iter([10, 20, 30])
first = next(it)
rest = list(it)
print(first, rest)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
