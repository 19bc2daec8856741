# errors: implicit __context__ chains through nested handlers and finally blocks
def chain(e):
    out = []
    while e is not None:
        out.append('%s%r' % (type(e).__name__, e.args))
        e = e.__context__
    return ' <- '.join(out)
try:
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError:
        raise TypeError('c')
except TypeError as e:
    print(chain(e))
try:
    try:
        raise KeyError('in try')
    finally:
        raise IndexError('in finally')
except IndexError as e:
    print(chain(e))
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise k
except KeyError as e:
    print(chain(e))
def f():
    try:
        raise ValueError('inner')
    except ValueError:
        return sys_exc()
def sys_exc():
    try:
        raise OSError('nested')
    except OSError as o:
        return chain(o)
print(f())
try:
    try:
        raise ValueError('first')
    except ValueError:
        pass
    raise TypeError('no context')
except TypeError as e:
    print(chain(e))
try:
    try:
        raise ValueError('v')
    except ValueError as v:
        try:
            raise KeyError('k')
        except KeyError:
            raise v
except ValueError as e:
    print(chain(e))
