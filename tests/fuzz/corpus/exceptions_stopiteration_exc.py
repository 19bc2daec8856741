# exceptions: StopIteration from next() and user iterators, and loops ending cleanly
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", type(e).__name__, e.args)
class Limited:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Limited(3)))
for x in Limited(2):
    print("x", x)
lim = Limited(1)
print(next(lim))
try:
    next(lim)
except StopIteration:
    print("exhausted")
print(next(lim, "default"))
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    for v in Broken():
        pass
except ValueError as e:
    print("ValueError from __next__:", e)
print(issubclass(StopIteration, Exception))
