# := may not rebind a comprehension's iteration variable, in its own or an enclosing comprehension (found while probing the compiler with hostile sources; it compiled and rebound the variable)
srcs = [
    '[i := 10 for i in range(3)]',
    'x = [i for i in range(3) if (i := 2)]',
    '[[(i := 1) for j in range(2)] for i in range(2)]',
    '{k: (k := 1) for k in "ab"}',
    'def f():\n    return [j := 5 for j in range(2)]\n',
    '[(a, b) for a in range(2) for b in range(2) if (a := 1)]',
]
for src in srcs:
    try:
        compile(src, 'walrus', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno)
# The ones that are allowed still work.
print([y := i * 2 for i in range(3)], y)
def g():
    total = [(n := n + 1) for _ in range(3)] if (n := 0) == 0 else None
    return total, n
print(g())
print([[(z := j) for j in range(2)] for i in range(2)], z)
