# basics2: comprehension scoping: own scope for the loop variable, class body names invisible
x = 'module'
r = [x for x in range(3)]
print(r, x)
class C:
    y = 10
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        bad = [y for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
class D:
    n = 3
    try:
        pairs = [(i, j) for i in range(2) for j in range(n)]
    except NameError as e:
        pairs = 'NameError'
print(D.pairs)
def f():
    a = 1
    return [a + i for i in range(3)], {i: a for i in 'xy'}, sorted({a * i for i in range(3)})
print(f())
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) if i for j in range(i)])
i = 'kept'
[i for i in range(5)]
print(i)
