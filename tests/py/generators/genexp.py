# generator expressions: lazy, single pass, own scope, first iterable evaluated early
log = []
def src(n):
    for i in range(n):
        log.append(("src", i))
        yield i

g = (x * 2 for x in src(3))
print(log)
print(next(g))
print(log)
print(list(g))
print(list(g))

def first_iter():
    log.append("first evaluated")
    return [1, 2]

log.clear()
g = (x for x in first_iter())
print(log)
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)

g = (x for x in [1, 2, 3] if x != 2)
print(type(g).__name__, list(g))
print(sum(x * x for x in range(100)))
print(max(len(w) for w in "a bb ccc".split()))
print("".join(c.upper() for c in "abc"))
print(list((a, b) for a in range(3) for b in range(a)))
print(dict((k, k * k) for k in range(4)))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 0]))
x = "outer"
print(list(x for x in "ab"), x)
g = (i for i in range(3))
print(g.gi_running, next(g), g.__name__)
print(g.__qualname__)
def f():
    return (y for y in range(2))
print(f().__qualname__)
print(list(zip((i for i in range(3)), (j for j in "abc"))))
print(sorted((v for v in [3, 1, 2]), reverse=True))
gg = (n for n in range(3))
for n in gg:
    if n == 1:
        break
print(list(gg))
