# mods/_iobuf.py: io.StringIO, io.BytesIO and io.IOBase, streams over memory.
# Layer: library modules (frozen Python); mods/io.c copies these classes into io.
# SPDX-License-Identifier: MIT
#
# CPython's behaviour and messages. StringIO positions count characters;
# writes at the end (the usual case, e.g. print(file=)) are kept as a list of
# pieces joined on demand, so building a long text stays linear.


class UnsupportedOperation(OSError, ValueError):
    'A stream operation the stream does not support (writing a read-only file...).'


class IOBase:
    'Base of stream classes: context manager and line iteration over readline().'

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_msg = 'I/O operation on closed file.'

    def _check(self):
        if getattr(self, '_closed', False):
            raise ValueError(self._closed_msg)

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, '_closed', False)

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


def _size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class StringIO(IOBase):
    'An in-memory text stream.'

    _closed_msg = 'I/O operation on closed file'   # CPython's StringIO has no period

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._text = initial_value
        self._tail = []       # pieces written at the end, not yet joined into _text
        self._len = len(initial_value)
        self._pos = 0
        self._closed = False

    def _value(self):
        if self._tail:
            self._text += ''.join(self._tail)
            self._tail = []
        return self._text

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if self._pos == self._len:
            self._tail.append(s)
        else:
            text = self._value()
            if self._pos > self._len:
                text += '\0' * (self._pos - self._len)
            self._text = text[:self._pos] + s + text[self._pos + n:]
        self._pos += n
        self._len = max(self._len, self._pos)
        return n

    def read(self, size=-1):
        self._check()
        size = _size(size)
        text = self._value()
        end = self._len if size < 0 else min(self._pos + size, self._len)
        if self._pos >= end:
            return ''
        result = text[self._pos:end]
        self._pos = end
        return result

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        text = self._value()
        if self._pos >= self._len:
            return ''
        end = text.find('\n', self._pos)
        end = self._len if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        result = text[self._pos:end]
        self._pos = end
        return result

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos:
                raise OSError("Can't do nonzero cur-relative seeks")   # CPython's words
            self._pos = self._len
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._len:
            self._text = self._value()[:size]
            self._len = size
        return size


class BytesIO(IOBase):
    'An in-memory binary stream over a bytearray.'

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        data = memoryview(b).cast('B') if not isinstance(b, (bytes, bytearray)) else b
        n = len(data)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size(size)
        n = len(self._buf)
        end = n if size < 0 else min(self._pos + size, n)
        if self._pos >= end:
            return b''
        result = bytes(self._buf[self._pos:end])
        self._pos = end
        return result

    read1 = read

    def readinto(self, b):
        self._check()
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        n = len(self._buf)
        if self._pos >= n:
            return b''
        end = self._buf.find(b'\n', self._pos)
        end = n if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        result = bytes(self._buf[self._pos:end])
        self._pos = end
        return result

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size

    def close(self):
        self._closed = True
