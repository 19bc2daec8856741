# exceptions2: return in try/except/else/finally in every combination; finally overrides
log = []
def t1():
    try:
        return 'try'
    finally:
        log.append('f1')
def t2():
    try:
        return 'try'
    finally:
        return 'finally'
def t3():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        log.append('f3')
def t4():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        return 'finally'
def t5():
    try:
        pass
    except ValueError:
        return 'except'
    else:
        return 'else'
    finally:
        log.append('f5')
def t6():
    try:
        pass
    except ValueError:
        return 'except'
    else:
        return 'else'
    finally:
        return 'finally'
def t7():
    try:
        raise KeyError('lost')
    finally:
        return 'finally swallows'
def t8():
    try:
        raise KeyError('k')
    except KeyError:
        raise ValueError('from handler')
    finally:
        return 'finally swallows handler exc'
def t9():
    try:
        pass
    except TypeError:
        return 'not here'
    else:
        raise TypeError('from else')
    finally:
        return 'finally swallows else exc'
def t10():
    try:
        return 'try'
    finally:
        raise RuntimeError('finally raises over return')
def t11():
    x = 1
    try:
        return x
    finally:
        x = 2
def t12():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def t13():
    try:
        try:
            return 'inner'
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
def t14():
    try:
        try:
            return 'inner'
        finally:
            return 'inner finally'
    finally:
        log.append('outer sees')
def t15():
    try:
        try:
            raise ValueError
        finally:
            return 'inner'
    finally:
        return 'outer'
def t16():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
def t17():
    i = 0
    while True:
        try:
            i += 1
            return i
        finally:
            if i < 4:
                continue
for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17):
    try:
        print(t.__name__, t(), log)
    except Exception as e:
        print(t.__name__, 'raised', type(e).__name__, e.args, log)
    log.clear()
