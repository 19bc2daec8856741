# f-strings: !r !s !a conversions, = specifier, nested format specs, __format__, and their SyntaxErrors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: '%s %s' % [1, 2])
x = 5; y = 'é'
print(f'{x!r:>5} {y!a} {y!r} {y!s} {x=} {y=!a} {x = :>4} {x:{"<"}{x}}|')
print(f'{3.14159:{x}.{x-2}f} {"a"!a:^5}')
t(lambda: eval("f'{x!z}'"))
t(lambda: eval("f'{x!}'"))
t(lambda: eval("f'{}'"))
t(lambda: eval("f'{x'"))
t(lambda: eval("f'}'"))
class A:
    def __format__(self, spec): return 'A<' + spec + '>'
    def __repr__(self): return 'Aé'
print(f'{A()!a} {A():xyz} {A()!r:>6}')
s = 'é😀\n'
n = 3.14159
print(f'{s!a}|{s!r}|{s!s}|{s}')
print(f'{s!a:>20}|{s!r:*^16}|')
print(f'{n=}|{n = }|{n=:.2f}|{n=!r}|{n=!a:>10}|{s=}|{s=!s}')
print(f'{n:{x}.{x - 2}{"f"}}|{n:{"^"}{x * 4}}|')
print(f'{x:{"<" if x else ">"}{x}}|{[1, 2]!a}|{ {"k": "é"}!a}')
print(f'{"nested {x}"}|{f"{x:{x}}"!r}')
print(f'{x!r:{"" if x else "x"}}|{x:}|{x!s:}')
print(f'''{
x
}''', f'{x:#{x}x}', f'{-x:+}', f'{x:%}')
print(f'{{{x}}}', f'}}{x}{{', f'{x}' f'{x}' 'plain')
for src in ["f'{x!z}'", "f'{x!}'", "f'{}'", "f'{x'", "f'}'", "f'{x!r'", "f'{x=!}'", "f'{x:{y:{z}}}'", "f'{!r}'", "f'{x!ra}'", "f'{ }'", "f'{x:{}}'", "f'{=}'", "f'{:x}'", "f'{ !r}'", "f'{!}'"]:
    try:
        print(repr(eval(src, {'x': 1, 'y': 2, 'z': 3})))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __repr__(self): return 'B\u20ac'
    def __str__(self): return 'str-B'
    def __format__(self, spec): return 'fmt-' + spec
b = B()
print(f'{b} {b!s} {b!r} {b!a} {b:x} {b!s:>8} {b!a:>8} {b=}')
