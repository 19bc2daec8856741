# io.BytesIO: bytes and buffers in, read/readline/readinto/seek (all whences)/truncate/getvalue, errors
import io
b = io.BytesIO()
print(b.write(b'hello\n'), b.write(bytearray(b'world\n')), b.write(memoryview(b'!')), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(3), b.readline(), b.readline(2), b.read(), b.read())
b.seek(-3, 2)
print(b.read(), b.seek(-2, 1), b.read(1))
b.seek(1)
b.write(b'EE')
print(b.getvalue())
b.seek(15)
b.write(b'Z')
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
r = io.BytesIO(b'abcdef')
print(r.readinto(buf), buf, r.readinto(buf), buf, r.readinto(buf))
print(list(io.BytesIO(b'x\ny\nz')), io.BytesIO(b'q\nw').readlines())
with io.BytesIO(b'data') as f:
    print(f.read(2), f.closed)
print(f.closed)
for bad in [lambda: f.read(), lambda: f.write(b''), lambda: f.getvalue(),
            lambda: io.BytesIO().write('str'), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().write(5), lambda: io.BytesIO('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(bytes(io.BytesIO(b'view').getbuffer()))
