# Guards: an explicit raise sets __context__ to the handled exception even for an exception raised before, cutting a context cycle as CPython does; a bare raise keeps it.
def chain(e):
    out = []
    seen = 0
    while e is not None and seen < 6:
        out.append('%s%r' % (type(e).__name__, e.args))
        e = e.__context__
        seen += 1
    return ' <- '.join(out)
try:
    raise ValueError('a')
except ValueError as a:
    try:
        raise TypeError('b')
    except TypeError as b:
        saved = b
try:
    try:
        raise KeyError('c')
    except KeyError:
        raise saved
except TypeError as e:
    print(chain(e))
try:
    try:
        raise KeyError('d')
    except KeyError:
        raise saved from None
except TypeError as e:
    print(chain(e), e.__suppress_context__, e.__cause__)
try:
    try:
        raise KeyError('e')
    except KeyError as k:
        try:
            raise IndexError('f')
        except IndexError:
            raise k
except KeyError as e:
    print(chain(e))
def f():
    try:
        raise ValueError('g')
    except ValueError:
        raise
try:
    try:
        raise OSError('h')
    except OSError:
        f()
except ValueError as e:
    print(chain(e))
x = ValueError('i')
for i in range(2):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            raise x
    except ValueError as e:
        print(chain(e))
try:
    try:
        1/0
    except ZeroDivisionError:
        sorted([2, 1], key=lambda v: {}[v])
except KeyError as e:
    print(chain(e))
