# the with statement: __enter__'s result, __exit__'s arguments, suppression by a true result
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v.args if v else None, tb is not None)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('kept')
except KeyError as e:
    print('caught', e.args)
# nested and multiple managers exit in reverse order
with CM('outer') as o, CM('inner') as i:
    print('both', o, i)
try:
    with CM('x1'), CM('x2', True), CM('x3'):
        raise IndexError('mid')
    print('continued after suppression')
except IndexError:
    print('not reached')
# a truthy non-bool suppresses too
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return [1]
with Truthy():
    1 / 0
print('suppressed by list')
class Falsy:
    def __enter__(self): return self
    def __exit__(self, *a): return ''
try:
    with Falsy():
        1 / 0
except ZeroDivisionError:
    print('not suppressed by empty str')
# return and break inside with still run __exit__
def f():
    with CM('ret'):
        return 'returned'
print(f())
for n in range(3):
    with CM('loop%d' % n):
        if n == 1:
            break
# exceptions from __exit__ replace the original, with it as context
class Raises:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): raise RuntimeError('from exit')
try:
    with Raises():
        raise ValueError('orig')
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
# missing methods
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# __enter__ raising: __exit__ is not called
class EnterFails:
    def __enter__(self): raise ValueError('enter failed')
    def __exit__(self, *a): print('exit should not run')
try:
    with EnterFails():
        pass
except ValueError as e:
    print(e)
# methods looked up on the type
class Inst:
    pass
obj = Inst()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
