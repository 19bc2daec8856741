# sys: argv, path, modules, version_info, byteorder, maxsize, std streams with .buffer, exc_info, exit, recursion limit
import sys
print(type(sys.argv).__name__, sys.argv[0].endswith('sys_basic.py'), type(sys.path).__name__)
print(sys.modules['sys'] is sys, 'builtins' in sys.modules)
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 4), sys.version_info < (4,))
print(sys.version_info[:1], type(sys.version).__name__, sys.platform, sys.byteorder)
print(sys.maxsize in (2 ** 31 - 1, 2 ** 63 - 1), sys.maxsize + 1 > sys.maxsize)   # 32- or 64-bit host
print(sys.implementation.name in ('micropython', 'cpython'))
print(sys.stdout.write('written\n'), sys.stderr.write(''))
sys.stdout.flush()
print(sys.stdout.buffer.write(b'bytes\n'))
sys.stdout.buffer.flush()
print(sys.stdin.readable(), sys.stdout.writable(), sys.stderr.writable())
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v.args, tb is not None)
print(sys.exc_info())
for code in [(), (3,), ('msg',), (None,)]:
    try:
        sys.exit(*code)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -5, 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(200))
