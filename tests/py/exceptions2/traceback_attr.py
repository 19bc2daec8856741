# exceptions2: __traceback__ presence, with_traceback, and traceback kept across re-raise
e = ValueError('fresh')
print(e.__traceback__ is None)
try:
    raise e
except ValueError as c:
    print(c.__traceback__ is not None)
    tb = c.__traceback__

# with_traceback returns the same exception
r = KeyError('k').with_traceback(None)
print(type(r).__name__, r.args, r.__traceback__)
e2 = IndexError('i')
print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb)
print(e2.with_traceback(None) is e2, e2.__traceback__)

# a traceback set with with_traceback is kept when raised
try:
    raise OSError('o').with_traceback(tb)
except OSError as c:
    print(c.__traceback__ is not None)

# __traceback__ can be assigned None
e3 = RuntimeError()
try:
    raise e3
except RuntimeError:
    pass
print(e3.__traceback__ is not None)
e3.__traceback__ = None
print(e3.__traceback__)

# a bad traceback value is refused
for bad in (1, 'tb', []):
    try:
        e3.__traceback__ = bad
    except TypeError as t:
        print('TypeError', t)
    try:
        ValueError().with_traceback(bad)
    except TypeError as t:
        print('TypeError', t)

# re-raising from a function keeps the traceback object
def thrower():
    raise ValueError('deep')
def rethrow():
    try:
        thrower()
    except ValueError:
        raise
try:
    rethrow()
except ValueError as c:
    print(c.__traceback__ is not None, c.args)

# traceback is present on exceptions from operations too
try:
    {}[1]
except KeyError as c:
    print(c.__traceback__ is not None)
try:
    1 / 0
except ZeroDivisionError as c:
    print(c.__traceback__ is not None)
