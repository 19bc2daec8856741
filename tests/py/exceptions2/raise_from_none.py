# exceptions2: raise X from None suppresses the context display but still records __context__
def info(e):
    x = e.__context__
    return (type(e).__name__, e.__cause__, None if x is None else type(x).__name__,
            e.__suppress_context__)

try:
    try:
        {}['missing']
    except KeyError:
        raise AttributeError('no attr') from None
except AttributeError as e:
    print(info(e))

# from None outside a handler
try:
    raise ValueError('plain') from None
except ValueError as e:
    print(info(e))

# from None then re-raised by a bare raise keeps the flags
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('v') from None
    except ValueError:
        raise
except ValueError as e:
    print(info(e))

# a later raise ... from cause on the same object resets suppress to True again
e1 = ValueError('again')
try:
    raise e1 from None
except ValueError as e:
    print(info(e))
try:
    raise e1 from KeyError('k')
except ValueError as e:
    print(info(e), type(e.__cause__).__name__)

# a plain raise of an object that had from None: the flag stays (CPython keeps it)
try:
    raise e1
except ValueError as e:
    print(info(e), type(e.__cause__).__name__)

# from None inside nested handlers: only the innermost context is recorded
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            raise TypeError('c') from None
except TypeError as e:
    print(info(e), type(e.__context__.__context__).__name__)

# suppress_context is writable, but only with a bool
e2 = RuntimeError()
print(e2.__suppress_context__)
e2.__suppress_context__ = True
print(e2.__suppress_context__)
e2.__suppress_context__ = False
print(e2.__suppress_context__)
for bad in (1, '', None):
    try:
        e2.__suppress_context__ = bad
    except TypeError as e:
        print('TypeError', e)
print(e2.__suppress_context__)
