# exceptions2: implicit chaining: __context__ set when raising inside except and finally blocks
def chain(e):
    out = []
    while e is not None:
        out.append('%s%r' % (type(e).__name__, e.args))
        e = e.__context__
    return ' <- '.join(out)

# raised inside an except body
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b')
except ValueError as e:
    print(chain(e), e.__suppress_context__, e.__cause__)

# raised by an operation (not a raise statement) inside an except body
try:
    try:
        int('x')
    except ValueError:
        [].pop()
except IndexError as e:
    print(chain(e))

# raised in a function called from an except body
def helper():
    raise RuntimeError('from helper')
try:
    try:
        raise OSError('outer')
    except OSError:
        helper()
except RuntimeError as e:
    print(chain(e))

# raised inside a finally during exception unwinding
try:
    try:
        raise KeyError('body')
    finally:
        raise IndexError('finally')
except IndexError as e:
    print(chain(e))

# raised inside finally with no exception pending: no context
try:
    try:
        pass
    finally:
        raise IndexError('alone')
except IndexError as e:
    print(chain(e))

# raised after the handler finished: no context
try:
    try:
        raise KeyError('done')
    except KeyError:
        pass
    raise ValueError('after')
except ValueError as e:
    print(chain(e))

# in an else clause: no context from the try body (none was raised)
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise TypeError('else')
except TypeError as e:
    print(chain(e))

# three levels deep through nested handlers
try:
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise IndexError(2)
    except IndexError:
        raise ValueError(3)
except ValueError as e:
    print(chain(e))

# the context of an exception caught and raised again in an outer handler
try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        saved = k
    try:
        raise ValueError('second')
    except ValueError:
        raise saved
except KeyError as e:
    print(chain(e))

# a context is not overwritten when re-raised in a second handler for it
try:
    try:
        raise ValueError('x')
    except ValueError as v:
        raise
except ValueError as e:
    print(chain(e))

# exception raised in a nested function's handler while outer handler active
def inner():
    try:
        raise KeyError('i1')
    except KeyError:
        raise IndexError('i2')
try:
    try:
        raise OSError('o1')
    except OSError:
        inner()
except IndexError as e:
    print(chain(e))
