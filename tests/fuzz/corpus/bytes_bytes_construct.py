# bytes() and bytearray() constructors: every source kind and every error
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3

class HasBytes:
    def __bytes__(self):
        return b'from __bytes__'

class BadBytes:
    def __bytes__(self):
        return 'str'

def gen():
    yield 1
    yield 2

for kind in (bytes, bytearray):
    print(kind.__name__)
    t(lambda: kind())
    t(lambda: kind(0))
    t(lambda: kind(3))
    t(lambda: kind(True))
    t(lambda: kind(Idx()))
    t(lambda: kind(b'abc'))
    t(lambda: kind(bytearray(b'abc')))
    t(lambda: kind(memoryview(b'abcdef')[1:4]))
    t(lambda: kind(memoryview(b'abcdef')[::2]))
    t(lambda: kind([1, 2, 255]))
    t(lambda: kind((0, 65)))
    t(lambda: kind(range(65, 70)))
    t(lambda: kind(gen()))
    t(lambda: kind('abc', 'ascii'))
    t(lambda: kind('h\xe9', 'utf-8'))
    t(lambda: kind('h\xe9', encoding='latin-1'))
    t(lambda: kind(source=b'kw'))
    t(lambda: kind('abc', 'ascii', 'strict'))
    # errors
    t(lambda: kind(-1))
    t(lambda: kind([256]))
    t(lambda: kind([-1]))
    t(lambda: kind(['a']))
    t(lambda: kind([1.0]))
    t(lambda: kind(1.5))
    t(lambda: kind(None))
    t(lambda: kind('abc'))
    t(lambda: kind(b'abc', 'ascii'))
    t(lambda: kind(3, errors='strict'))
    t(lambda: kind(encoding='ascii'))
    t(lambda: kind(errors='strict'))
    t(lambda: kind('\xe9', 'ascii'))
    t(lambda: kind('a', 'nope'))
    t(lambda: kind(1, 2, 3, 4))
    t(lambda: kind(x=1))

t(lambda: bytes(HasBytes()))
t(lambda: bytes(BadBytes()))
t(lambda: bytearray(HasBytes()))

class B(bytes):
    pass

class BA(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 1

b = B(b'sub')
print(type(b).__name__, b, b == b'sub', type(b.upper()).__name__)
ba = BA(b'sub')
print(type(ba).__name__, ba, ba.extra, type(ba.upper()).__name__, repr(ba))
print(bytes(b) is b, type(bytes(b)).__name__)
x = b'same'
print(bytes(x) is x)
