# exceptions2: with a as x, b as y; parenthesised items; nesting; enter/exit order and partial failure
log = []
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        log.append('enter ' + self.name)
        if self.fail_enter:
            raise RuntimeError('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return self.suppress

with CM('a') as x, CM('b') as y:
    log.append(x + y)
print(log); log.clear()

with (CM('a') as x, CM('b') as y,):
    log.append(x + y)
print(log); log.clear()

with (CM('a'), CM('b')):
    log.append('bare')
print(log); log.clear()

with (CM('a')) as x:
    log.append(x)
print(log); log.clear()

try:
    with CM('a') as x, CM('b') as y, CM('c') as z:
        raise ValueError
except ValueError:
    log.append('caught')
print(log); log.clear()

# the second manager's __enter__ fails: only the first one exits
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        log.append('body')
except RuntimeError as e:
    log.append('caught ' + str(e))
print(log); log.clear()

# the inner manager suppresses: the outer one sees no exception
with CM('outer'), CM('inner', suppress=True):
    raise KeyError
print(log); log.clear()

# the outer manager suppresses what the inner one let through
with CM('outer', suppress=True), CM('inner'):
    raise KeyError
print(log); log.clear()

# managers are created left to right, each just before its __enter__
def make(name):
    log.append('make ' + name)
    return CM(name)
with make('p') as p, make('q') as q:
    pass
print(log); log.clear()

# targets can be any assignment target
d = {}
class Obj: pass
o = Obj()
with CM('t') as d['key'], CM('u') as o.attr, CM('vw') as (m, n):
    pass
print(d, o.attr, m, n)
log.clear()

# nested with statements exit innermost first
with CM('1'):
    with CM('2'):
        with CM('3'):
            log.append('deep')
print(log); log.clear()
