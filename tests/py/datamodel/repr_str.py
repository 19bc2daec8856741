# repr() and str(): str falls back to __repr__, both must return str
class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
class OnlyStr:
    def __str__(self): return 'only str'
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(repr(b), str(b), b, [b], (b,), {'k': b}, '%s %r' % (b, b))
print(repr(r), str(r), r, [r], f'{r}', f'{r!r}', f'{r!s}')
print(str(s), s, [s][0], f'{s}', format(s))
print(repr(s).startswith('<__main__.OnlyStr object at 0x'))
# non-str results
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
for f in (repr, str):
    try:
        f(BadRepr())
    except TypeError as e:
        print(f.__name__, e)
try:
    str(BadStr())
except TypeError as e:
    print(e)
try:
    print(BadStr())
except TypeError as e:
    print(e)
try:
    '%s' % BadStr()
except TypeError as e:
    print(e)
try:
    f'{BadStr()}'
except TypeError as e:
    print(e)
try:
    [BadRepr()].__repr__()
except TypeError as e:
    print(e)
# str subclass results are accepted
class MyStr(str):
    pass
class SubRes:
    def __repr__(self): return MyStr('sub-repr')
    def __str__(self): return MyStr('sub-str')
print(repr(SubRes()), str(SubRes()), type(str(SubRes())).__name__)
# inherited and overridden
class Base:
    def __repr__(self): return type(self).__name__ + '!'
class Derived(Base):
    pass
print(Derived(), str(Derived()), repr([Derived()]))
# built-in subclasses
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % int(self)
print(MyInt(3), str(MyInt(3)), repr(MyInt(3)), [MyInt(3)])
class MyList(list):
    def __repr__(self): return 'ML' + list.__repr__(self)
print(MyList([1, 2]), str(MyList()))
class StrStr(str):
    def __str__(self): return 'overridden'
print(str(StrStr('x')), StrStr('x'), '%s' % StrStr('x'))
# recursion in repr of containers holding themselves
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
# repr of object.__repr__ and object.__str__ directly
print(object.__repr__(r).startswith('<__main__.OnlyRepr object'), object.__str__(r))
