# exceptions2: OSError's errno, strerror, filename, filename2, str and subclass selection
def show(e):
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)))
show(OSError())
show(OSError('just a message'))
show(OSError(2, 'No such file'))
show(OSError(2, 'No such file', 'a.txt'))
show(OSError(13, 'Denied', 'b.txt'))
show(OSError(17, 'Exists', 'c', None, 'd'))
show(OSError(1, 'Not permitted', None))
show(OSError(99999, 'Unknown code'))
show(OSError('x', 'y'))
show(OSError(1, 2, 3, 4, 5, 6))
show(FileNotFoundError(2, 'gone', 'f'))
show(FileNotFoundError('only message'))
show(PermissionError())
print(repr(OSError(2, 'No such file', 'a.txt')))
# errno picks the subclass only when constructing OSError itself
for n in (2, 13, 17, 20, 21, 32, 4, 11, 110, 111):
    print(n, type(OSError(n, 'm')).__name__)
print(type(OSError(2)).__name__)
print(type(ConnectionError(2, 'm')).__name__)
# attributes are writable
e = OSError(2, 'No such file')
e.filename = 'later.txt'
print(str(e), e.filename)
e.errno = 5
print(e.errno, e.args)
e.strerror = 'changed'
print(e.strerror, e.args, str(e))
# hierarchy
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError),
      issubclass(TimeoutError, OSError), issubclass(ConnectionResetError, OSError))
# catching by the base class
try:
    raise FileNotFoundError(2, 'missing', 'zz')
except OSError as c:
    show(c)
# a real failing open
try:
    open('/nonexistent-dir-xyz/file.txt')
except OSError as c:
    show(c)
