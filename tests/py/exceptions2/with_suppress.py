# exceptions2: __exit__'s return value decides suppression by truth; return/break/continue pass through __exit__
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return self.ret
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
for ret in (None, False, True, 0, 1, '', 'yes', [], [0], Truthy(True), Truthy(False)):
    try:
        with CM(ret):
            raise ValueError('x')
        print(repr(ret) if not isinstance(ret, Truthy) else 'Truthy', 'suppressed')
    except ValueError:
        print(repr(ret) if not isinstance(ret, Truthy) else 'Truthy', 'propagated')
# a return value is ignored when there is no exception
with CM(True):
    print('no exception')
# return inside with calls __exit__ with Nones and returns the value
def f():
    with CM(False):
        return 'returned'
print(f())
# a suppressing __exit__ cannot override a return
def g():
    with CM(True):
        return 'kept'
    return 'not reached'
print(g())
# break and continue leave the with block through __exit__
for i in range(3):
    with CM(False):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
# suppression makes execution continue after the with statement
def h():
    with CM(True):
        raise KeyError
        return 'not here'
    return 'after with'
print(h())
# after suppression no exception is being handled
import sys
with CM(True):
    raise KeyError
print(sys.exc_info())
# suppression inside a loop
count = 0
for i in range(4):
    with CM(True):
        if i % 2:
            raise ValueError(i)
        count += 1
print('count', count)
# __exit__ raising is not suppression
class Raiser:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError('exit raised')
try:
    with Raiser():
        pass
except TypeError as e:
    print('TypeError', e)
