# params: star-unpacking in list, tuple and set displays, with mixed items and any iterable
a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 5, *b, 6])
print((*a,), (*a, *b), (*'xy', *range(2)))
print(sorted({*a, *b, 2, 3}))
print([*{'k': 1, 'j': 2}])
print([*iter([7, 8])], [*range(3), *range(2)])
print([*[], *()], (*[],), [*''])
print(type((*a,)).__name__, type([*b]).__name__, type({*a}).__name__)
# nested displays
print([[*a], (*b,), [*[*a, *b]]])
# star of a generator-like object (a user iterable)
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
print([*It(3), *It(2)])
# evaluation order left to right
log = []
def src(name, items):
    log.append(name)
    return items
print([*src('a', [1]), src('b', 2), *src('c', [3])], log)
# errors for non-iterables
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
attempt(lambda: [*5])
attempt(lambda: (*None,))
attempt(lambda: {*1.5})
attempt(lambda: [1, *a, *3])
# big star displays
big = [*range(1000)]
print(len(big), big[-1])
print(len((*big, *big)))
