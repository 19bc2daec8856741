# help('modules') (MicroPython-only, so a .exp file): lists every module, each importable; help() and help(obj) write to sys.stdout
import sys, io
def capture(*args):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        help(*args)
    finally:
        sys.stdout = old
    return buf.getvalue()
text = capture('modules')
lines = text.split('\n')
print(lines[-2], repr(lines[-1]))
names = ' '.join(lines[:-2]).split()
print(names == sorted(names), len(names) == len(set(names)))
for must in ['__main__', 'builtins', 'sys', 'os', 'io', 'time', 'gc', 'micropython', 'collections',
             'heapq', 'posixpath']:
    print(must, must in names)
bad = []
for name in names:
    if name == '__main__':
        continue
    try:
        __import__(name)
    except ImportError:
        bad.append(name)
print('not importable:', bad)
print(all(len(l) <= 4 * 18 + 20 for l in lines))
w = capture()
print(w.startswith('Welcome to MicroPython!'), "help('modules')" in w)
o = capture(sys).split('\n')
print(o[0], '  exit -- <built-in function exit>' in o)
import builtins
print(builtins.help is help, 'help' in dir(builtins))
