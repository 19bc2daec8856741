# an exception in __del__ is printed as "Exception ignored in: ..." and does not propagate
import gc, sys
class Capture:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self): pass
def captured(fn):
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        fn()
    finally:
        sys.stderr = old
    lines = ''.join(cap.parts).splitlines()
    return [lines[0], lines[-1]] if lines else []
class Deleter:
    def __repr__(self): return 'Deleter()'
    def __call__(self): raise ValueError('boom')
class E:
    __del__ = Deleter()
def drop_e():
    e = E()
    del e
    gc.collect()
    print('still running')
print(captured(drop_e))
class K:
    def __del__(self): raise KeyError('k')
def drop_k():
    k = K()
    del k
    gc.collect()
r = captured(drop_k)
print(r[0].startswith('Exception ignored in: <function K.__del__ at '), r[1])
# the program carries on normally afterwards, and exceptions being handled are untouched
try:
    raise RuntimeError('outer')
except RuntimeError as err:
    captured(drop_k)
    print('handling', err)
# a finaliser that raises SystemExit is ignored too
class Exits:
    def __del__(self): sys.exit(3)
def drop_exits():
    x = Exits()
    del x
    gc.collect()
print(captured(drop_exits)[1])
print('done')
