# struct: malformed formats, wrong value counts and types: struct.error (and TypeError) with CPython's messages
import struct
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
def t(f):
    try:
        print(f())
    except struct.error as e:
        print('struct.error', e)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: struct.calcsize('z'))
t(lambda: struct.calcsize('3'))
t(lambda: struct.calcsize('2 i'))
t(lambda: struct.calcsize(' <i'))
t(lambda: struct.calcsize('i<'))
t(lambda: struct.calcsize('<n'))
t(lambda: struct.calcsize('>P'))
t(lambda: struct.calcsize('=N'))
t(lambda: struct.calcsize('99999999999999999999i'))
t(lambda: struct.calcsize('9223372036854775807q'))
t(lambda: struct.calcsize(5))
t(lambda: struct.calcsize(None))
t(lambda: struct.pack('i', 1, 2))
t(lambda: struct.pack('ii', 1))
t(lambda: struct.pack('2x'))
t(lambda: struct.pack('2x', 1))
t(lambda: struct.pack())
t(lambda: struct.pack('c', b'ab'))
t(lambda: struct.pack('c', 'a'))
t(lambda: struct.pack('c', 65))
t(lambda: struct.pack('c', bytearray(b'a')))
t(lambda: struct.pack('s', 'a'))
t(lambda: struct.pack('p', 1))
t(lambda: struct.pack('s', memoryview(b'a')))
