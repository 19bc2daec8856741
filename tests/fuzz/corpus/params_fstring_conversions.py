# params: f-string conversions !s !r !a with and without format specs, nested fields, and = specifier
class Obj:
    def __str__(self): return 'str-é'
    def __repr__(self): return 'repr-é'
    def __format__(self, spec): return 'format(' + spec + ')'
o = Obj()
print(f'{o}', f'{o!s}', f'{o!r}', f'{o!a}')
print(f'{o:x}', f'{o!s:>8}', f'{o!r:<8}|', f'{o!a:^12}|')
s = 'héllo\n'
print(f'{s!r}', f'{s!a}', f'{s!s}')
print(f'{"é"!a}', f'{"ü"!r}', f'{chr(0x20ac)!a}')
print(f'{chr(0x1f600)!a}', f'{chr(0xff)!a}', f'{chr(0x100)!a}')
print(f'{[1, "ä"]!a}', f'{("ö",)!a}', f'{ {"k": "ß"}!a}')
width = 10
print(f'{s!a:>{width}}|', f'{3.14159:.{2}f}', f'{"x"!r:*^{width}}')
x = 42
print(f'{x=}', f'{x = }', f'{x=!r}', f'{x=:>5}', f'{s=!a}')
print(f'{x!r:>5}', f'{x!s:05}' if False else f'{str(x):>05}')
print(f'{{literal}}', f'{x}{{}}', f'{"{}"}')
print(f'{x:{"<"}{width}}|')
nested = {'a': [10, 20]}
print(f'{nested["a"][1]!r}', f'{nested!a}')
print(ascii('é'), repr('é'), '{!a}'.format('é'), '%a' % 'é')
