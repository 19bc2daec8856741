# exceptions2: sys.exc_info() inside and outside handlers, nested handlers, finally and called functions
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else t, v.args if v else v, tb is not None if t else tb)
show('outside')
try:
    raise ValueError('a')
except ValueError:
    show('handler')
    try:
        raise KeyError('b')
    except KeyError:
        show('nested')
    show('back to outer')
show('after')
def called():
    show('in callee')
try:
    raise IndexError('c')
except IndexError:
    called()
try:
    try:
        raise OSError('d')
    finally:
        show('finally while unwinding')
except OSError:
    pass
try:
    pass
finally:
    show('finally normal')
def ret_in_handler():
    try:
        raise TypeError('e')
    except TypeError:
        return sys.exc_info()[1].args
print(ret_in_handler())
show('after return')
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError:
        if i == 0:
            continue
        show('loop')
show('after loop')
try:
    raise ValueError('f')
except ValueError:
    t, v, tb = sys.exc_info()
    print(v.__traceback__ is tb, t is type(v))
print(sys.exc_info() == (None, None, None))
