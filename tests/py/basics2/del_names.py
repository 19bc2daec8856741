# basics2: del of locals, globals, closure cells, attributes and items; errors after deletion
def d1():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return 'UnboundLocalError', str(e)
print(d1())
def d2():
    a = 1
    def g():
        return a
    del a
    try:
        return g()
    except NameError as e:
        return type(e).__name__, str(e)
print(d2())
def unbound():
    if False:
        q = 1
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(unbound())
gv = 1
del gv
try:
    gv
except NameError as e:
    print(e)
a, b, c = 1, 2, 3
del a, (b, c)
print('a' in dir(), 'b' in dir())
l = [0, 1, 2, 3]
del l[0], l[0]
print(l)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, 'x'))
try:
    del o.x
except AttributeError as e:
    print('AttributeError', e)
def loopdel():
    out = []
    for i in range(3):
        out.append(i)
        del i
    return out
print(loopdel())
def redef():
    x = 1
    del x
    x = 2
    return x
print(redef())
