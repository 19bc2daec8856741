# exceptions2: StopIteration.value, SystemExit.code, and their args
for args in ((), (1,), ('v',), (1, 2), (None,)):
    s = StopIteration(*args)
    print(s.args, s.value, repr(s), repr(str(s)))
for args in ((), (0,), (3,), ('bye',), (1, 2), (None,)):
    x = SystemExit(*args)
    print(x.args, x.code, repr(x), repr(str(x)))
# value and code are writable
s = StopIteration(1)
s.value = 99
print(s.value, s.args)
x = SystemExit(1)
x.code = 5
print(x.code, x.args)
# next() on an exhausted iterator raises StopIteration with value None
it = iter([])
try:
    next(it)
except StopIteration as e:
    print('stop', e.value, e.args)
# SystemExit is not an Exception
try:
    try:
        raise SystemExit(7)
    except Exception:
        print('wrong handler')
except SystemExit as e:
    print('SystemExit', e.code)
# sys.exit raises it
import sys
try:
    sys.exit('message')
except SystemExit as e:
    print('sys.exit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit()', e.code, e.args)
# KeyboardInterrupt and GeneratorExit are not Exceptions either
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception))
