# a generator suspended in its except block keeps its handled exception, even when it is the object its caller was handling (bare raise after resuming)
import sys


def g():
    try:
        yield 1
    except ValueError:
        yield 2
        raise


c = g()
next(c)
try:
    raise ValueError('v')
except ValueError as e:
    print(c.throw(e))
try:
    next(c)
except ValueError as e:
    print('re-raised', repr(e))


def h():
    try:
        raise KeyError('inner')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


c = h()
print(next(c))
try:
    raise TypeError('outer')
except TypeError:
    print(next(c), sys.exc_info()[0].__name__)
print(next(c), sys.exc_info()[0])


def k():
    try:
        yield
    except ValueError as e:
        try:
            yield 'nested'
        except KeyError:
            yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


c = k()
next(c)
err = ValueError('x')
try:
    raise err
except ValueError:
    print(c.throw(err))
    print(c.throw(KeyError('k')))
print(next(c))
