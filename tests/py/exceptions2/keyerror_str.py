# exceptions2: KeyError's str() quotes a single argument with repr(); other cases are as Exception's
for args in ((), ('k',), (1,), ('',), (None,), ((1, 2),), ('a', 'b'), ("it's",), ('new\nline',), (KeyError('n'),)):
    e = KeyError(*args)
    print(repr(str(e)), repr(e), e.args)
# raised by dict lookups
d = {'a': 1}
for key in ('b', 2, (1, 'x'), '', None, 2.5, frozenset()):
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, repr(str(e)), e.args)
try:
    d.pop('zz')
except KeyError as e:
    print('pop', str(e))
try:
    {}.popitem()
except KeyError as e:
    print('popitem', str(e))
try:
    set().pop()
except KeyError as e:
    print('set pop', str(e))
try:
    {1}.remove(3)
except KeyError as e:
    print('remove', str(e))
# subclasses keep the quoting
class MyKey(KeyError):
    pass
print(str(MyKey('q')), repr(MyKey('q')))
class MyKeyStr(KeyError):
    def __str__(self):
        return 'custom'
print(str(MyKeyStr('q')))
# LookupError does not quote
print(str(LookupError('q')), str(IndexError('q')))
