# gc: collect, enable, disable, isenabled (CPython's API); __del__ of an unreachable object runs at collect
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
x = [[i] for i in range(1000)]
gc.enable()
print(gc.isenabled())
class D:
    def __del__(self):
        print('del ran')
d = D()
d = None
gc.collect()
print('after collect')
try:
    gc.enable(1)
except TypeError:
    print('TypeError')
