# format() and f-strings call __format__ with the spec; object.__format__ rejects a spec
class F:
    def __format__(self, spec): return 'F<' + spec + '>'
f = F()
print(format(f), format(f, 'x>10'), f'{f}', f'{f:abc}', f'{f:{"nested"}}', '{:q}'.format(f), '{0:z}'.format(f))
print(f'{f!r}'.startswith('<__main__.F object'), f'{f!s}'.startswith('<__main__.F'))
class Plain:
    def __str__(self): return 'plain'
p = Plain()
print(format(p), f'{p}', '{}'.format(p), format(p, ''))
try:
    format(p, 'x')
except TypeError as e:
    print(e)
try:
    f'{p:>5}'
except TypeError as e:
    print(e)
try:
    '{:d}'.format(p)
except TypeError as e:
    print(e)
# __format__ must return str
class BadFmt:
    def __format__(self, spec): return 42
try:
    format(BadFmt())
except TypeError as e:
    print(e)
try:
    f'{BadFmt()}'
except TypeError as e:
    print(e)
# the spec must be a str
try:
    format(f, 5)
except TypeError as e:
    print(e)
# built-in subclasses keep their formatting, unless overridden
class MyInt(int):
    pass
class MyFloat(float):
    def __format__(self, spec): return 'MyFloat:' + spec
print(format(MyInt(255), 'x'), f'{MyInt(7):04d}', format(MyFloat(1.5), '.2f'), f'{MyFloat(2.0):e}')
class MyStr(str):
    def __str__(self): return 'str-overridden'
print(format(MyStr('abc'), '>5'), f'{MyStr("q")}')
# __format__ of built-ins called directly
print((255).__format__('x'), (1.5).__format__('.3f'), 'ab'.__format__('^6'), object.__format__(p, ''))
try:
    object.__format__(p, 'x')
except TypeError as e:
    print(e)
# format spec passed through conversions: !s and !r format the str
class R:
    def __repr__(self): return 'RR'
    def __format__(self, spec): return 'FMT'
print(f'{R()}', f'{R()!r:>4}', f'{R()!s:<4}|', '{!r:^6}'.format(R()))
# inherited __format__
class Sub(F):
    pass
print(format(Sub(), 'inherited'))
print(format(None), format(True), format(3, ''), format('s', ''), format([1], ''))
try:
    format([1], 'x')
except TypeError as e:
    print(e)
