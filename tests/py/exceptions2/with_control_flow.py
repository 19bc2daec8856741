# exceptions2: return/break/continue and exceptions leaving with-blocks inside try/finally and loops
log = []
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else '-'))
        return self.swallow
def f1():
    try:
        with CM('a'):
            return 'from with'
    finally:
        log.append('finally')
print(f1(), log); log.clear()
def f2():
    for i in range(3):
        with CM(str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(f2(), log); log.clear()
def f3():
    with CM('outer'):
        try:
            with CM('inner'):
                raise KeyError('k')
        except KeyError:
            log.append('caught between')
        return 'done'
print(f3(), log); log.clear()
def f4():
    with CM('swallow', swallow=True):
        with CM('inner'):
            raise ValueError
    return 'continued'
print(f4(), log); log.clear()
def f5():
    try:
        with CM('x'):
            try:
                return 'try in with'
            finally:
                log.append('inner finally')
    finally:
        log.append('outer finally')
print(f5(), log); log.clear()
def f6():
    while True:
        with CM('loop'):
            try:
                break
            finally:
                log.append('finally before exit')
    return 'left loop'
print(f6(), log); log.clear()
def f7():
    with CM('ret-swallow', swallow=True):
        raise RuntimeError
    return 'after'
print(f7(), log); log.clear()
def f8():
    try:
        with CM('raise'):
            raise IndexError('boom')
    except IndexError as e:
        return 'caught ' + str(e)
print(f8(), log); log.clear()
