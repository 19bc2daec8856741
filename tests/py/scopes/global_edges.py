# scopes: global declarations in functions, nested functions and class bodies
g = 'module'
def read(): return g
def write():
    global g
    g = 'written'
write()
print(g, read())

def create():
    global created
    created = 'new global'
create()
print(created)

def nested_global():
    g = 'local to outer'
    def inner():
        global g
        return g
    return inner(), g
print(nested_global())

class K:
    global from_class
    from_class = 'set in class body'
    g = 'class attribute'
    def m(self):
        return g
print(from_class, K.g, K().m(), g)

class K2:
    global g
    g = 'class body rebinds global'
print(g, hasattr(K2, 'g'))

def deleter():
    global doomed
    del doomed
doomed = 1
deleter()
print('doomed' in globals())
try:
    deleter()
except NameError as e:
    print('NameError', e)

def unbound_global():
    global never_defined
    try:
        return never_defined
    except NameError as e:
        return 'NameError: ' + str(e)
print(unbound_global())

def loop_target():
    global lt
    for lt in range(3):
        pass
loop_target()
print(lt)

def import_global():
    global sys_mod
    import sys as sys_mod
import_global()
print(sys_mod.__name__)

def global_func():
    global made_here
    def made_here():
        return 'made'
global_func()
print(made_here())

def global_then_nested():
    global gv
    gv = 1
    def inner():
        return gv
    return inner()
print(global_then_nested())

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
