# exceptions2: nested try/finally run order with exceptions, returns and loops
log = []
def f1():
    try:
        try:
            try:
                raise ValueError('deep')
            finally:
                log.append(1)
        finally:
            log.append(2)
    finally:
        log.append(3)
def f2():
    try:
        try:
            raise ValueError('a')
        finally:
            log.append('inner')
            raise KeyError('b')
    except KeyError as e:
        log.append(('caught', e.args, type(e.__context__).__name__))
    finally:
        log.append('outer')
def f3():
    for i in range(2):
        try:
            try:
                if i == 0:
                    continue
                return 'ret'
            finally:
                log.append(('inner', i))
        finally:
            log.append(('outer', i))
def f4():
    try:
        try:
            return 'x'
        finally:
            try:
                raise ValueError
            except ValueError:
                log.append('handled in finally')
    finally:
        log.append('outermost')
def f5():
    try:
        raise KeyError('k')
    finally:
        try:
            raise ValueError('v')
        except ValueError as e:
            log.append(('inner ctx', type(e.__context__).__name__))
def f6():
    x = 0
    try:
        try:
            x += 1
            raise ValueError
        finally:
            x += 10
    except ValueError:
        x += 100
    finally:
        x += 1000
    return x
def f7():
    depth = 0
    def rec(n):
        nonlocal depth
        try:
            if n == 0:
                raise IndexError('bottom')
            rec(n - 1)
        finally:
            depth += 1
    try:
        rec(5)
    except IndexError:
        pass
    return depth
for f in (f1, f2, f3, f4, f5, f6, f7):
    try:
        print(f.__name__, f(), log)
    except Exception as e:
        print(f.__name__, 'raised', type(e).__name__, e.args, log)
    log.clear()
