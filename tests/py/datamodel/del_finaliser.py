# __del__ runs when an object becomes garbage: after del and gc.collect(), once, and at exit
import gc
log = []
class C:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('del', self.name)
x = C('x')
print('before del')
del x
gc.collect()
print('after collect')
# a local dies when its function returns
def make():
    tmp = C('local')
    return len(tmp.name)
n = make()
gc.collect()
print(n)
print('after make')
# rebinding drops the old object
y = C('first')
y = C('second')
gc.collect()
print('after rebinding')
class Node:
    def __init__(self, name): self.name = name
    def __del__(self): log.append(self.name)
# held in a container
# (objects dying in the same collection are finalised in no particular order)
box = [Node('in list'), Node('also in list')]
box = None
gc.collect()
print(sorted(log))
log.clear()
# a cycle of two finalisable objects: both finalisers run
a, b = Node('a'), Node('b')
a.other, b.other = b, a
del a, b
gc.collect()
print(sorted(log))
# resurrection: __del__ stores self; it is not called a second time
saved = []
class Phoenix:
    def __del__(self):
        print('Phoenix.__del__')
        saved.append(self)
p = Phoenix()
del p
gc.collect()
print(len(saved))
saved.clear()
gc.collect()
print('no second call')
# inherited __del__, and calling super().__del__
class Base:
    def __del__(self): print('Base.__del__', type(self).__name__)
class Derived(Base):
    def __del__(self):
        print('Derived.__del__')
        super().__del__()
d = Derived()
del d
gc.collect()
class Plain(Base):
    pass
q = Plain()
del q
gc.collect()
# __del__ on a subclass of a built-in type
class MyList(list):
    def __del__(self): print('MyList.__del__', list(self))
m = MyList([1, 2])
del m
gc.collect()
# an object still referenced survives a collection
keep = C('kept')
gc.collect()
print('kept alive', keep.name)
# gc.enable/disable/isenabled
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
# objects alive at exit are finalised then, in the order of their globals
last1 = C('exit one')
last2 = C('exit two')
print('end of script')
