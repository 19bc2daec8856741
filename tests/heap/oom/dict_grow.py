# MemoryError while a dict or set grows is catchable, and the interpreter carries on
def grow(n):
    d = {}
    for i in range(n):
        d[i] = i
    return len(d)
def grow_set(n):
    return len({i for i in range(n)})
for f in (grow, grow_set):
    try:
        f(200000)
    except MemoryError:
        pass
    print({'a': 1, 'b': 2})
