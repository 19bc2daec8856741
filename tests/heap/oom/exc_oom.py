# exceptions raised while the heap is full (their message, their instance) give a catchable MemoryError or themselves
def fill():
    keep = []
    try:
        while len(keep) < 50000:
            keep.append([0, 1, 2, 3])
    except MemoryError:
        pass
    return keep
def fail(i):
    if i % 3 == 0:
        raise ValueError("value %d" % i)
    if i % 3 == 1:
        return {}[i]
    return [][i]
caught = i = keep = None   # the globals exist before the heap is full
caught = 0
steps = iter(range(30))    # so is the loop's iterator: none is built in the full heap
keep = fill()
for i in steps:
    try:
        fail(i)
    except Exception:   # a tuple of classes would be built in the full heap
        caught += 1
keep = None
print(caught)
try:
    fail(0)
except ValueError as e:
    print(repr(e))
