# bytes and bytearray operators: compare, +, *, %, indexing, slicing, in, hash, len, iter, repr, bool
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, ba, mv = b'abc', bytearray(b'abc'), memoryview(b'abc')
for x, y in [(a, a), (a, ba), (ba, a), (ba, ba), (a, b'abd'), (ba, b'ab'), (b'', ba),
             (ba, memoryview(b'abd')), (memoryview(b'abd'), ba)]:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
t(lambda: a == mv)
t(lambda: mv == a)
t(lambda: a < mv)
t(lambda: a < 'abc')
t(lambda: ba < 'abc')
t(lambda: a == 'abc')
t(lambda: ba == 'abc')
t(lambda: a < 1)

# + and *
t(lambda: a + b'd')
t(lambda: a + ba)
t(lambda: ba + a)
t(lambda: a + mv)
t(lambda: ba + mv)
t(lambda: mv + a)
t(lambda: a + 'x')
t(lambda: ba + 'x')
t(lambda: a + 1)
t(lambda: ba + None)
t(lambda: 'x' + a)
t(lambda: a * 3)
t(lambda: 3 * a)
t(lambda: ba * 2)
t(lambda: 2 * ba)
t(lambda: a * 0)
t(lambda: a * -1)
t(lambda: ba * True)
t(lambda: a * 'x')
t(lambda: ba * 1.5)
t(lambda: a * a)
t(lambda: a * (2 ** 100))
t(lambda: a - a)
t(lambda: ba - ba)

# indexing and slicing
for s in (b'hello', bytearray(b'hello')):
    t(lambda: s[0])
    t(lambda: s[-1])
    t(lambda: s[1:3])
    t(lambda: s[::2])
    t(lambda: s[::-1])
    t(lambda: s[10:])
    t(lambda: s[-100:2])
    t(lambda: s[True])
    t(lambda: s[5])
    t(lambda: s[-6])
    t(lambda: s['x'])
    t(lambda: s[1.0])
    t(lambda: s[::0])
    t(lambda: s[2 ** 70])
    t(lambda: len(s))
    t(lambda: list(s))
    t(lambda: list(reversed(s)))
    t(lambda: bool(s))
    t(lambda: bool(s[:0]))

# in
for s in (b'hello', bytearray(b'hello')):
    t(lambda: 104 in s)
    t(lambda: 0 in s)
    t(lambda: b'ell' in s)
    t(lambda: bytearray(b'lo') in s)
    t(lambda: memoryview(b'he') in s)
    t(lambda: b'' in s)
    t(lambda: b'xyz' in s)
    t(lambda: 'h' in s)
    t(lambda: 256 in s)
    t(lambda: -1 in s)
    t(lambda: 1.0 in s)
    t(lambda: None in s)

# hash
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''))
d = {b'k': 1}
print(d[b'k'])
t(lambda: hash(bytearray(b'x')))
t(lambda: {bytearray(b'x'): 1})

# repr
for s in (b'', b"'", b'"', b'\'"', b'\x00\x7f\x80\xff\t\n\r\\', bytes(range(32, 40))):
    print(repr(s), repr(bytearray(s)), str(s))
class BA(bytearray):
    pass
print(repr(BA(b'x')))

# decode
t(lambda: b'h\xc3\xa9'.decode())
t(lambda: bytearray(b'h\xc3\xa9').decode('utf-8'))
t(lambda: b'abc'.decode('ascii'))
t(lambda: b'\xe9'.decode('latin-1'))
t(lambda: b'\xff'.decode())
t(lambda: bytearray(b'a\xff').decode('ascii'))
t(lambda: b'a\xffb'.decode('utf-8', 'replace'))
t(lambda: b'a\xffb'.decode('utf-8', 'ignore'))
t(lambda: b'a\xffb'.decode(encoding='ascii', errors='replace'))
t(lambda: b'a'.decode('nope'))
t(lambda: b'a'.decode(1))
t(lambda: b'a'.decode('utf-8', 'strict', 1))
try:
    bytearray(b'\xff').decode()
except UnicodeDecodeError as e:
    print(type(e.object).__name__, e.object, e.start, e.end, e.reason)
t(lambda: str(b'abc', 'ascii'))
t(lambda: str(bytearray(b'abc'), 'ascii'))
t(lambda: str(memoryview(b'abc'), 'ascii'))
t(lambda: str(1, 'ascii'))
t(lambda: b'x'.__bytes__())
t(lambda: b'x'.__getnewargs__())
