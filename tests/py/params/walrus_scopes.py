# params: walrus in comprehensions binds in the enclosing function, module or nonlocal/global scope
def in_func():
    vals = [y := i * 2 for i in range(3)]
    return vals, y
print(in_func())

def nested_comp():
    r = [[(last := a * b) for b in range(2)] for a in range(3)]
    return r, last
print(nested_comp())

def with_nonlocal():
    total = 0
    def add(xs):
        nonlocal total
        [(total := total + x) for x in xs]
    add([1, 2, 3])
    add([10])
    return total
print(with_nonlocal())

g_seen = None
def with_global():
    global g_seen
    [(g_seen := c) for c in 'xyz']
with_global()
print(g_seen)

def inside_lambda():
    f = lambda xs: [(m := x) for x in xs] and m
    return f([4, 5, 6])
print(inside_lambda())

# a walrus in the condition of a comprehension filter
def filtered():
    data = [3, 8, 1, 9, 4]
    big = [d for x in data if (d := x * 10) > 35]
    return big, d
print(filtered())

# walrus binding visible inside later parts of the same comprehension
print([(w := i, w * 2) for i in range(3)])
print(w)

# set and dict comprehensions too
s = {(sv := i % 2) for i in range(5)}
print(sorted(s), sv)
d = {k: (dv := k * k) for k in range(4)}
print(d, dv)

# inside a class body the comprehension's walrus target goes to the module? (only allowed in functions)
def make():
    class K:
        items = [1, 2]
    return [(kk := v) for v in K.items], kk
print(make())

# walrus in a comprehension over an empty iterable does not bind
def empty():
    [(never := x) for x in []]
    try:
        return never
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(empty())
