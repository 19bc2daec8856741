# exceptions2: __exit__ receives (type, value, traceback) or three Nones, and __enter__'s result binds to as
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return 'value of ' + self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else t, v.args if v else v,
              tb is not None if t else tb)
        return self.suppress

with CM('a') as x:
    print('body', x)

try:
    with CM('b') as x:
        raise ValueError('in body')
except ValueError as e:
    print('propagated', e.args)

with CM('c', suppress=True):
    raise KeyError('suppressed')
print('after c')

# the value passed is the very exception raised, and its type is the class
class Check:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.seen = (t, v, tb is v.__traceback__ if v else None)
        return True
err = IndexError('same')
with Check() as ck:
    raise err
print(ck.seen[0] is IndexError, ck.seen[1] is err, ck.seen[2])

# exceptions from operations inside the body
with Check() as ck:
    1 / 0
print(ck.seen[0].__name__, ck.seen[1].args)

# __enter__ returning None, and with without as
class Plain:
    def __enter__(self): print('plain enter')
    def __exit__(self, *a): print('plain exit', a)
with Plain() as p:
    print('p is', p)
with Plain():
    pass

# __exit__ called with exactly three positional arguments
class Star:
    def __enter__(self): return self
    def __exit__(self, *args, **kw):
        print('exit args', len(args), kw)
with Star():
    pass

# an exception in __enter__ skips the body and __exit__
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('never')
try:
    with BadEnter():
        print('never body')
except RuntimeError as e:
    print('enter error', e.args)

# an exception in __exit__ replaces the body's exception, with it as context
class BadExit:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): raise OSError('exit failed')
try:
    with BadExit():
        raise ValueError('body')
except OSError as e:
    print('exit error', e.args, type(e.__context__).__name__)
try:
    with BadExit():
        pass
except OSError as e:
    print('exit error alone', e.args, e.__context__)

# objects without __enter__ / __exit__
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): pass
for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
