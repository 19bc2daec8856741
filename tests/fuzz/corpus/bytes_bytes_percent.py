# printf-style formatting of bytes and bytearray (PEP 461): every conversion and the errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class HasBytes:
    def __bytes__(self):
        return b'HB'

class BadBytes:
    def __bytes__(self):
        return 1

class Num:
    def __index__(self):
        return 7

class Flt:
    def __float__(self):
        return 2.5

for fmt in (b'[%s]', bytearray(b'[%s]')):
    t(lambda: fmt % b'x')
    t(lambda: fmt % (b'x',))
    t(lambda: fmt % bytearray(b'ba'))
    t(lambda: fmt % memoryview(b'mv'))
    t(lambda: fmt % HasBytes())
    t(lambda: fmt % 'str')
    t(lambda: fmt % 5)
    t(lambda: fmt % BadBytes())
t(lambda: b'%b|%5b|%-5b|%.2b|%05s' % (b'a', b'b', b'c', b'def', b'gh'))
t(lambda: b'%r %a %r' % ('\u1234', b'x', 1.5))
t(lambda: b'%5r|%-6a|%.3r' % ('a', 'b', 'cdef'))
t(lambda: b'%c%c%c' % (65, b'B', bytearray(b'C')))
t(lambda: b'%3c|%-3c|' % (65, b'B'))
t(lambda: b'%c' % 256)
t(lambda: b'%c' % -1)
t(lambda: b'%c' % 'a')
t(lambda: b'%c' % b'ab')
t(lambda: b'%c' % Num())
t(lambda: b'%d %i %u %o %x %X' % (1, -2, 3, 8, 255, 255))
t(lambda: b'%#x %#o %#X %+d % d %05d %-5d| %.3d' % (255, 8, 255, 3, 3, -42, 7, 5))
t(lambda: b'%d %x' % (True, Num()))
t(lambda: b'%d' % 2 ** 70)
t(lambda: b'%d' % 3.9)
t(lambda: b'%e %E %f %F %g %G' % (1.5, 1.5, 2.25, 2.25, 1e20, 1e-20))
t(lambda: b'%.2f %10.3f %-10.1e| %+g %#g' % (3.14159, 2.5, 12345.678, 1.0, 1.0))
t(lambda: b'%f %f %f' % (1, True, Flt()))
t(lambda: b'%f' % float('inf'))
t(lambda: b'%*d|%-*d|%.*f|%*s' % (5, 1, 4, 2, 2, 3.14159, -4, b'x'))
t(lambda: b'%(a)s %(b)d %(a)s' % {b'a': b'x', b'b': 2})
t(lambda: b'%%|%d%%' % 5)
t(lambda: b'no args' % ())
t(lambda: b'no args' % {})
t(lambda: b'%s' % ())
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%(a)s' % {'a': b'x'})
t(lambda: b'%(a)s' % (1,))
t(lambda: b'%(a' % {})
t(lambda: b'%' % ())
t(lambda: b'%5' % 1)
t(lambda: b'%y' % 1)
t(lambda: b'%5%' % ())
t(lambda: b'%*d' % ('x', 1))
t(lambda: b'%f' % 'a')
t(lambda: b'%f' % b'a')
t(lambda: b'%d' % 'a')
t(lambda: b'%x' % 1.5)
t(lambda: b'%o' % None)
t(lambda: 'x' % b'a')
print(type(bytearray(b'%d') % 1).__name__)
