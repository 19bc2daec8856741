# basics2: and/or return operands (not bools), not returns bool, evaluation stops early
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or [] or None, 'a' and '' and 'c')
print([] or {}, [0] and 'x', None or 0, (0,) or 1)
log = []
def t(x):
    log.append(x)
    return x
r = t(0) and t(1)
print(r, log); log.clear()
r = t(1) or t(2)
print(r, log); log.clear()
r = t(0) or t('') or t(3) or t(4)
print(r, log); log.clear()
r = t(1) and t(2) and t(0) and t(4)
print(r, log); log.clear()
print(not 0, not [1], not '', not None)
x = 5
print(x > 3 and 'big' or 'small', x > 9 and 'big' or 'small')
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        log.append(('bool', self.v))
        return self.v
    def __repr__(self): return 'B(%r)' % self.v
print(B(False) or B(True), log); log.clear()
print(B(True) and B(False), log); log.clear()
print(not B(True), log)
