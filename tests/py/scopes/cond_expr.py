# scopes: conditional expressions: laziness, nesting, precedence and use inside other constructs
log = []
def v(name, x):
    log.append(name)
    return x
print(v('a', 'A') if v('c', True) else v('b', 'B'), log); log.clear()
print(v('a', 'A') if v('c', 0) else v('b', 'B'), log); log.clear()
# nesting is right-associative
def grade(n):
    return 'A' if n >= 90 else 'B' if n >= 80 else 'C' if n >= 70 else 'F'
print([grade(n) for n in (95, 85, 75, 10)])
# precedence: lower than or, higher than lambda
print(1 if 0 or 1 else 2)
f = lambda x: 'pos' if x > 0 else 'neg'
print(f(1), f(-1))
print(((lambda: 'l1') if False else (lambda: 'l2'))())
print((1 if True else 2) + 10, 1 if True else 2 + 10, 1 if False else 2 + 10)
# truth testing uses __bool__ / __len__
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        log.append('bool')
        return self.b
print('t' if B(True) else 'f', 'x' if B(False) else 'y', log); log.clear()
class L:
    def __len__(self): return 0
print('nonempty' if L() else 'empty')
print('nonempty' if [0] else 'empty', 'nonempty' if '' else 'empty')
# a __bool__ returning a non-bool is an error
class Bad:
    def __bool__(self): return 1
try:
    print('x' if Bad() else 'y')
except TypeError as e:
    print('TypeError', e)
# in comprehensions, arguments, subscripts
print([x if x % 2 else -x for x in range(5)])
print(max(1 if True else 0, 0), [10, 20][1 if True else 0])
d = {'k': 'v'}
print(d.get('k') if 'k' in d else 'missing')
# conditional expression with walrus
print((y := 5) if True else 0, y)
# unused branch errors are never raised
print('safe' if True else 1 / 0)
print(undefined_name if False else 'not evaluated')
