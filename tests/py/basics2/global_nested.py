# basics2: global declared in nested functions, in class bodies and created at runtime
G = 1
def f():
    def g():
        global G
        G += 1
        return G
    return g()
print(f(), G)
def h():
    G = 'local'
    def i():
        global G
        return G
    return i(), G
print(h())
def mk():
    global NEWNAME
    NEWNAME = 'made'
mk()
print(NEWNAME)
def k():
    x = 5
    def m():
        global x
        x = 'global x'
    m()
    return x
print(k(), x)
class C:
    global G
    G = 50
print(G)
def n():
    global G
    del G
n()
try:
    G
except NameError as e:
    print('NameError', e)
