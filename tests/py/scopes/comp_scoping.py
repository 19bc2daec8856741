# scopes: comprehension variables do not leak; each comprehension has its own scope
x = 'outer x'
r = [x for x in range(3)]
print(r, x)
r = {x: x for x in 'ab'}
print(r, x)
r = {x for x in [5]}
print(r, x)
def f():
    i = 'f i'
    sq = [i * i for i in range(4)]
    return sq, i
print(f())
# the first iterable is evaluated in the enclosing scope, the rest in the comprehension
def g():
    n = 3
    return [(a, b) for a in range(n) for b in range(a)]
print(g())
# a comprehension's variable shadows an outer one in nested comprehensions
print([[y for y in range(x)] for x in range(4)])
# the loop variable can reuse the iterable's name
items = [1, 2, 3]
print([items for items in items])
print(items)
# comprehension variables are not visible after an exception either
def h():
    try:
        [1 / z for z in (1, 0)]
    except ZeroDivisionError:
        pass
    try:
        return z
    except NameError as e:
        return 'NameError: ' + str(e)
print(h())
# closures inside comprehensions capture each comprehension variable cell
fs = [lambda: k for k in range(3)]
print([fn() for fn in fs])
# comprehensions inside functions see the function's locals and globals
G = 'global'
def k():
    loc = 'local'
    return [loc + G for _ in range(1)]
print(k())
# an iteration variable used as a target of tuple unpacking
print([(a, b) for a, b in [(1, 2), (3, 4)]])
print([a for a, *rest in ['xyz', 'ab']])
# the comprehension can modify an outer mutable
acc = []
[acc.append(q) for q in range(3)]
print(acc)
# nested function inside comprehension element
print([(lambda m: m * p)(2) for p in range(3)])
