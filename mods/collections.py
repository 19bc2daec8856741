# mods/collections.py: the collections module: namedtuple, OrderedDict, deque, defaultdict.
# Layer: library modules (frozen Python). CPython's APIs and error messages; dicts are
# ordered already, so OrderedDict only adds its order-aware methods.
# SPDX-License-Identifier: MIT

__all__ = ['namedtuple', 'OrderedDict', 'deque', 'defaultdict']

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'))


# ---- namedtuple ------------------------------------------------------------------------

def _field_list(field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(n) for n in field_names]
    if rename:
        seen = set()
        for i, name in enumerate(names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                names[i] = '_%d' % i
            seen.add(name)
    return names


def _check_names(typename, names, rename):
    for name in [typename] + names:
        if not isinstance(name, str):
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)


def _field_property(index, name):
    # A read-only attribute giving item [index], as CPython's _tuplegetter.
    return property(lambda self: self[index], doc='Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    names = _field_list(field_names, rename)
    typename = str(typename)
    _check_names(typename, names, rename)
    fields = tuple(names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    arg_list = ', '.join(fields)
    if len(fields) == 1:
        arg_list += ','
    # The constructor is compiled from source, as CPython does, so that its
    # argument errors name the fields.
    ns = {'_tuple_new': tuple.__new__}
    exec('def __new__(_cls, %s): return _tuple_new(_cls, (%s))' % (', '.join(fields), arg_list),
         ns)
    new = ns['__new__']
    new.__qualname__ = typename + '.__new__'
    if defaults:
        new.__defaults__ = defaults
    n = len(fields)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != n:
            raise TypeError('Expected %d arguments, got %d' % (n, len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(f, v) for f, v in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            '%s=%r' % (f, v) for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    body = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for i, name in enumerate(fields):
        body[name] = _field_property(i, name)
    result = type(typename, (tuple,), body)
    if module is None:
        try:
            import sys
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


# ---- OrderedDict -----------------------------------------------------------------------

class OrderedDict(dict):
    'A dict whose order matters to equality and that can move and pop at either end.'

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


# ---- defaultdict -----------------------------------------------------------------------

class defaultdict(dict):
    'A dict that makes missing values with default_factory().'

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return '%s(%r, %s)' % (self.__class__.__name__, factory, dict.__repr__(self))

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


# ---- deque -----------------------------------------------------------------------------

class deque:
    'A double-ended queue on a ring buffer: O(1) appends and pops at both ends.'

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0     # index in _buf of the leftmost item
        self._len = 0
        self._state = 0    # bumped by every mutation, checked by iterators
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        # Unrolls the ring into a buffer twice as large.
        self._buf = [self[i] for i in range(self._len)] + [None] * len(self._buf)
        self._head = 0

    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        if self._len == len(self._buf):
            self._grow()
        self._buf[self._slot(self._len)] = x
        self._len += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def _pop(self):
        i = self._slot(self._len - 1)
        x = self._buf[i]
        self._buf[i] = None
        self._len -= 1
        return x

    def _popleft(self):
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        return x

    def pop(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop()

    def popleft(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def rotate(self, n=1):
        if self._len <= 1:
            return
        n %= self._len
        for _ in range(n):
            self.appendleft(self._pop())

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('deque index out of range')
        return self._slot(i)

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __delitem__(self, i):
        self._index(i)
        if i < 0:
            i += self._len
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        state = self._state
        for i in range(self._len):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._buf[self._slot(i)]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        for i in range(self._len - 1, -1, -1):
            yield self._buf[self._slot(i)]

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def count(self, x):
        return sum(1 for y in self if y is x or y == x)

    def index(self, x, start=0, stop=None):
        items = list(self)
        if stop is None:
            stop = len(items)
        for i in range(len(items))[start:stop]:
            if items[i] is x or items[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def remove(self, x):
        for i in range(self._len):
            y = self[i]
            if y is x or y == x:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        n = self._len
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self.rotate(-i)
        self.appendleft(x)
        self.rotate(i)

    def reverse(self):
        items = list(self)
        items.reverse()
        for i, x in enumerate(items):
            self._buf[self._slot(i)] = x
        self._state += 1

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __repr__(self):
        items = '[' + ', '.join(repr(x) for x in self) + ']'
        if self._maxlen is None:
            return 'deque(%s)' % items
        return 'deque(%s, maxlen=%d)' % (items, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__class__((), self._maxlen)
        items = list(self)
        for _ in range(n):
            new.extend(items)
        return new

    __rmul__ = __mul__
