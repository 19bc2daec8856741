# Attribute, keyword and option names holding a NUL match no name they start with
class O:
    pass

o = O()
setattr(o, 'a\x00', 5)
print(getattr(o, 'a\x00'), hasattr(o, 'a'), getattr(o, 'a', 'none'), sorted(vars(o)))
delattr(o, 'a\x00')
print(vars(o))

cases = [(1, 'real'), (1.5, 'imag'), (1j, 'real'), (O, '__name__'), (ValueError(), 'args'),
         (StopIteration(), 'value'), (OSError(), 'errno'), (SystemExit(), 'code'),
         (ImportError(), 'name'), (memoryview(b''), 'nbytes'), (range(3), 'start'),
         ((x for x in ()), 'gi_running'), ((x for x in ()), '__name__'), (int, '__base__'),
         ((lambda: 0).__code__, 'co_name'),
         (type.__dict__, 'keys'), ({}.keys(), 'mapping'), (super(O, o), '__self__'),
         (UnicodeDecodeError('utf-8', b'', 0, 1, 'r'), 'reason')]
for obj, name in cases:
    print(type(obj).__name__, name, repr(getattr(obj, name))[:12] != '', hasattr(obj, name + '\x00'),
          hasattr(obj, name[:-1] + '\x00'))

def f(a=1, **kw):
    return a, sorted(kw)

print(f(**{'a\x00': 2}), f(a=3))

def g(a):
    return a

for call in (lambda: g(**{'a\x00': 1}), lambda: print(**{'sep\x00': 1}),
             lambda: int.from_bytes(b'\x01', 'big\x00'), lambda: (1).to_bytes(1, 'little\x00'),
             lambda: compile('1', 'f', 'exec\x00'), lambda: enumerate([], **{'start\x00': 1}),
             lambda: int('1', **{'base\x00': 10}), lambda: complex(**{'real\x00': 1}),
             lambda: memoryview(b'ab').tobytes('C\x00'), lambda: memoryview(b'ab').cast('@')):
    try:
        print(call())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__)
