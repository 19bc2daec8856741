# os: directories, files, rename/remove, stat, listdir, getcwd/chdir, getenv/putenv, urandom, uname, statvfs, errors
import os
base = 'os_basic_%d.tmpdir' % os.getpid()
cwd = os.getcwd()
os.mkdir(base)
print(base in os.listdir(), base in os.listdir('.'))
os.chdir(base)
print(os.getcwd() == cwd + os.sep + base, os.listdir())
with open('f.txt', 'w') as f:
    f.write('12345')
os.mkdir('sub')
print(sorted(os.listdir()))
st = os.stat('f.txt')
print(st[6], st.st_size, st[0] & 0o170000 == 0o100000, os.stat('sub')[0] & 0o170000 == 0o040000)
print(len(st), type(st[8]).__name__)
os.rename('f.txt', 'g.txt')
print(sorted(os.listdir()))
for fn, args in [(os.remove, ('nope',)), (os.rmdir, ('nope',)), (os.mkdir, ('sub',)),
                 (os.stat, ('nope',)), (os.chdir, ('nope',)), (os.listdir, ('nope',)),
                 (os.rename, ('nope', 'x')), (os.rmdir, ('g.txt',))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.filename)
for fn, args in [(os.remove, (5,)), (os.stat, (None,)), (os.mkdir, (1.5,))]:
    try:
        fn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
os.remove('g.txt')
os.rmdir('sub')
os.chdir('..')
os.rmdir(base)
print(base in os.listdir())
print(os.getenv('OS_BASIC_UNSET'), os.getenv('OS_BASIC_UNSET', 'dflt'))
os.putenv('OS_BASIC_VAR', 'v1')
print(os.system('test "$OS_BASIC_VAR" = v1'))
os.unsetenv('OS_BASIC_VAR')
print(os.system('exit 3') >> 8)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print(type(e).__name__, e)
u = os.uname()
print(u.sysname, u[0] == u.sysname, len(u))
v = os.statvfs('/')
print(len(v), v.f_bsize > 0, v[0] == v.f_bsize)
print(os.sep, os.name, os.curdir, os.pardir, repr(os.linesep))
