# bytes/bytearray ASCII case methods, isX predicates, center/ljust/rjust/zfill, translate/maketrans
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'', b'hello World', b'HELLO', b'hello', b'Hello World', b'Hello world', b'123', b'abc123',
           b'  \t\n\r\x0b\x0c', b'h\xe9llo', b'\x80', b'a_b', b'They\'re bill\'s', b'ABC def',
           b'1a', b'Ab1Cd', b'A', b'a']
for raw in samples:
    for s in (raw, bytearray(raw)):
        print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
        print(s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isupper(),
              s.isspace(), s.istitle())
t(lambda: b'a'.upper(1))
t(lambda: bytes.upper('a'))
t(lambda: bytearray.isalpha(b'a'))
print(type(bytearray(b'x').upper()).__name__)

for s in (b'abc', bytearray(b'abc'), b'-12', b'+5', b'', b'-'):
    for w in (-1, 0, 2, 3, 4, 5, 6, 7, 10):
        print(w, s.center(w), s.ljust(w), s.rjust(w), s.zfill(w), s.center(w, b'*'),
              s.ljust(w, bytearray(b'.')), s.rjust(w, b'0'))
for s in (b'ab', bytearray(b'ab')):
    t(lambda: s.center(5, 'x'))
    t(lambda: s.center(5, b'xy'))
    t(lambda: s.ljust(5, b''))
    t(lambda: s.rjust(5, memoryview(b'x')))
    t(lambda: s.rjust(5, 120))
    t(lambda: s.center('5'))
    t(lambda: s.zfill(5.0))
    t(lambda: s.zfill())
    t(lambda: s.center())
    t(lambda: s.ljust(2 ** 80))
    t(lambda: s.center(True))
x = b'keep'
print(x.center(2) is x, x.zfill(4) is x, x.ljust(0) is x)

table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], type(table).__name__)
print(type(bytearray.maketrans(b'a', b'b')).__name__)
t(lambda: bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97])
t(lambda: bytes.maketrans(b'ab', b'x'))
t(lambda: bytes.maketrans('a', b'x'))
t(lambda: bytes.maketrans(b'a', 1))
t(lambda: bytes.maketrans(b'a'))
t(lambda: b''.maketrans(b'q', b'r')[113])
for s in (b'abcabc', bytearray(b'abcabc')):
    t(lambda: s.translate(table))
    t(lambda: s.translate(None))
    t(lambda: s.translate(None, b'b'))
    t(lambda: s.translate(table, b'a'))
    t(lambda: s.translate(table, delete=bytearray(b'ac')))
    t(lambda: s.translate(bytearray(table)))
    t(lambda: s.translate(b'short'))
    t(lambda: s.translate('x' * 256))
    t(lambda: s.translate(None, 'a'))
    t(lambda: s.translate())
    t(lambda: s.translate(table=None))
