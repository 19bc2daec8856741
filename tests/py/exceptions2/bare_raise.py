# exceptions2: bare raise re-raises the exception being handled, even after nested handlers finish
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e.args if not isinstance(e, RuntimeError) else str(e))

def r1():
    raise
attempt(r1)

def r2():
    try:
        raise KeyError('k')
    except KeyError:
        raise
attempt(r2)

def r3():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            pass
        raise   # the outer one again
attempt(r3)

def r4():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            raise
attempt(r4)

def helper():
    raise   # re-raises the caller's handled exception
def r5():
    try:
        raise IndexError('from caller')
    except IndexError:
        helper()
attempt(r5)

def r6():
    try:
        raise KeyError('gone')
    except KeyError:
        pass
    raise   # nothing handled anymore
attempt(r6)

def r7():
    try:
        raise OSError('in finally')
    finally:
        pass
attempt(r7)

def r8():
    # bare raise inside finally during unwinding is not allowed to see the pending one
    try:
        try:
            raise KeyError('pending')
        finally:
            raise
    except RuntimeError as e:
        print('r8', e)
attempt(r8)

def r9():
    # handled exception seen after a with that suppressed
    class S:
        def __enter__(self): pass
        def __exit__(self, *a): return True
    try:
        raise ValueError('v')
    except ValueError:
        with S():
            raise KeyError('k')
        raise
attempt(r9)

def r10():
    # the traceback of a re-raised exception keeps the original raise point
    try:
        raise TypeError('t')
    except TypeError as e:
        first = e.__traceback__
        try:
            raise
        except TypeError as again:
            print('same object', again is e)
attempt(r10)

def r11():
    # re-raise in a loop
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 2:
                raise
attempt(r11)
