# more __del__: partially initialised objects, chains, and finalisers that touch globals
import gc
events = []
class Res:
    def __init__(self, name, fail=False):
        self.name = name
        if fail:
            raise ValueError('init failed')
    def __del__(self):
        events.append('del ' + self.name)
try:
    Res('broken', fail=True)
except ValueError as e:
    print(e)
gc.collect()
print(events); events.clear()
# an object reachable only from a finalised object is kept alive for its __del__
class Holder:
    def __init__(self, inner): self.inner = inner
    def __del__(self): events.append('holder sees ' + self.inner.name)
h = Holder(Res('inner'))
del h
gc.collect()
gc.collect()
print(sorted(events)); events.clear()
# __del__ may allocate, call functions and raise nothing
def helper(x): return x * 2
class UsesGlobals:
    def __del__(self):
        events.append(helper('ok'))
        events.append(len([i for i in range(10)]))
u = UsesGlobals()
del u
gc.collect()
print(events); events.clear()
# objects in a discarded list, dict and instance attribute
stuff = {'k': Res('in dict')}
stuff = None
class Owner:
    pass
ow = Owner()
ow.n = 0   # the dict grows now: growing it for r would leave r in a C frame's padding
ow.r = Res('attr')   # (a word on the C stack can delay __del__: docs/differences.md)
ow = None
gc.collect()
print(sorted(events)); events.clear()
# a finaliser runs once even when collected again later
class Count:
    n = 0
    def __del__(self):
        Count.n += 1
        keep.append(self)
keep = []
c = Count()
del c
gc.collect()
keep.clear()
gc.collect()
gc.collect()
print(Count.n)
# many objects at once
for i in range(50):
    Res('bulk')
gc.collect()
print(len(events), set(events))
