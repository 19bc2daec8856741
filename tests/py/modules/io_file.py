# io.open / file objects: every mode, text vs binary, seek/tell/truncate, iteration, with, errors, stdout.buffer
import io, os, sys
name = 'io_file_%d.tmp' % os.getpid()
with io.open(name, 'w') as f:
    print(f.write('line1\nline2\n'), f.writable(), f.readable(), f.seekable(), f.mode)
    f.writelines(['a\n', 'b\n'])
with open(name) as f:
    print(f.read(), f.closed)
print(f.closed)
with open(name, 'a') as f:
    f.write('appended\n')
with open(name, 'r') as f:
    print(f.readline(), f.readlines(), repr(f.readline()))
with open(name, 'r+') as f:
    f.seek(2)
    f.write('X')
    f.seek(0)
    print(repr(f.read(8)), f.tell())
with open(name, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:6])
    f.seek(-3, 2)
    print(f.read(), f.tell())
with open(name, 'wb+') as f:
    print(f.write(b'binary\x00\xff'), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(f.read())
with open(name, 'w+') as f:
    f.write('0123456789')
    f.seek(4)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
with open(name, 'ab') as f:
    f.write(bytearray(b'++'))
with open(name, 'rb') as f:
    print(f.read(), [x for x in open(name, 'rb')])
with open(name, 'w') as f:
    f.write('x\ny\nz')
with open(name) as f:
    print([line for line in f])
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno == 17)
os.remove(name)
with open(name, 'x') as f:
    f.write('new')
print(open(name).read())
for mode in ['rw', 'rt+b', 'q', 'wa', '']:
    try:
        open(name, mode)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(name, 'rb', encoding='utf-8')
except ValueError as e:
    print(type(e).__name__, e)
with open(name) as f:
    for bad in [lambda: f.write('x'), lambda: f.truncate(0)]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
try:
    open(name)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == name)
sys.stdout.flush()
print(sys.stdout.buffer.write(b'raw bytes\n'))
sys.stdout.buffer.flush()
print(sys.stderr.buffer.mode, sys.stdin.buffer.mode)
