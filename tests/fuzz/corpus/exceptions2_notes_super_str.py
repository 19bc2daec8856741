# exceptions2: add_note/__notes__, and super().__str__/__repr__ in exception subclasses
class Tagged(Exception):
    def __str__(self):
        return '[tag] ' + super().__str__()
    def __repr__(self):
        return 'Tagged<' + super().__repr__() + '>'
for args in ((), ('one',), ('a', 2)):
    t = Tagged(*args)
    print(repr(str(t)), repr(t))
class MyKey(KeyError):
    def __str__(self):
        return 'key problem: ' + super().__str__()
print(str(MyKey('k')), repr(MyKey('k')))
class MyOS(OSError):
    def __str__(self):
        return 'os: ' + super().__str__()
print(str(MyOS(2, 'missing', 'f.txt')))
print(ValueError(3).__str__(), ValueError(3).__repr__(), KeyError('q').__str__())
for bad in (5, 'text', None):
    try:
        BaseException.__str__(bad)
    except TypeError as e:
        print('TypeError', e)
e = ValueError('with notes')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second line\nthird line')
print(e.__notes__, e.args, str(e))
for bad in (5, None, b'bytes'):
    try:
        e.add_note(bad)
    except TypeError as t:
        print('TypeError', t)
e.__notes__ = ('replaced',)
try:
    e.add_note('x')
except TypeError as t:
    print('TypeError', t)
try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        k.add_note('noted while handling')
        raise
except KeyError as k2:
    print(k2.__notes__)
