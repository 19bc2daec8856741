# basics2: try/finally with return overriding, finally running on break/continue/return
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
def h(log):
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append('f%d' % i)
    return log
print(h([]))
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def m():
    l = [1]
    try:
        return l
    finally:
        l.append(2)
print(m())
def nested():
    log = []
    try:
        try:
            return log
        finally:
            log.append('inner')
    finally:
        log.append('outer')
print(nested())
def exc_in_finally():
    try:
        try:
            raise KeyError('a')
        finally:
            raise ValueError('b')
    except Exception as e:
        return type(e).__name__, e.args, type(e.__context__).__name__
print(exc_in_finally())
def loop_return():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(loop_return())
