# io.StringIO: write/read/readline/iteration/seek/tell/truncate/getvalue, print(file=), closed errors
import io
s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'), s.tell())
print('x', 1, file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline(2)), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(2)
s.write('LL')
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(20)
s.write('!')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
t = io.StringIO('a\nb\nc')
print([line for line in t])
t = io.StringIO('abc')
print(t.read(-1), t.read(None) == '', t.readable(), t.writable(), t.seekable())
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for bad in [lambda: c.read(), lambda: c.write('x'), lambda: c.getvalue(), lambda: c.tell()]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
s = io.StringIO()
for bad in [lambda: s.write(b'x'), lambda: s.write(5), lambda: io.StringIO(5),
            lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.read('x')]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s.writelines(['a', 'b', 'c'])
print(s.getvalue(), io.StringIO(None).getvalue() == '')
big = io.StringIO()
for i in range(2000):
    big.write('%d,' % i)
print(len(big.getvalue()), big.getvalue()[-10:])
