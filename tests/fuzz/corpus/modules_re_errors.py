# re errors: re.error messages, positions, lineno/colno for bad patterns and templates; TypeError/ValueError/IndexError for misuse
import re
for t in [r'\q', r'(a', r'a)', r'*a', r'a**', r'[a', r'[z-a]', r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'\2(a)', r'(?<=a+)b', r'a{3,2}', r'(?x', r'(?<x)', r'(?', '\\', r'[\d-z]', r'(?P<>a)', r'(?P<a', r'x(?i)y', r'(a\1)', r'^*', r'a{,3}x', r'a\Z*', '(?P<a>x)(?P=a', r'[\A]', r'\8', r'(?>a)', 'a++', 'a\n(b', 'a{2}{3}', 'a*?+', r'\x1', r'\xzz', r'\u12', r'\777', '(?z)', '(?iz)', '(?i', '(?-i)', '(?#abc', 'a|*', '(|a)', '[]a]', '[^]a]', '[a-]', '[-a]', r'[\]]', 'a{', 'a{1', 'a{,}', 'a{x}', r'\b+']:
    try:
        r = re.compile(t)
        print(repr(t), 'OK', r.groups)
    except re.error as e:
        print(repr(t), e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == t)
for t in [r'\g<x>', r'\g<5>', r'\5', r'\g', r'\g<', r'\g<a', r'\q', r'\g<1a>', '\\', r'\-', r'\0', r'\101', r'\g<01>']:
    try:
        print(repr(t), repr(re.sub('(a)', t, 'xa')))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
for bad in [lambda: re.compile(1), lambda: re.match('a', 1), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
            lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.A | re.U),
            lambda: re.compile(re.compile('a'), re.I), lambda: re.sub('a', lambda m: 1, 'a'),
            lambda: re.match('(a)', 'a').group(2), lambda: re.match('(a)', 'a').group('x'),
            lambda: re.search(), lambda: re.compile('a').match()]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
for bad in [lambda: re.compile('a').match('a', 1, 2, 3), lambda: re.compile('a').split(), lambda: re.sub('a'),
            lambda: re.split(), lambda: re.compile(), lambda: re.compile('a').sub('x'), lambda: re.match('a', 'a', 'b', 'c'),
            lambda: re.sub(b'a', lambda m: 1, b'bab'), lambda: re.match('(a)', 'a').groups(1, 2), lambda: re.escape(1),
            lambda: re.compile('a').match('a', x=1), lambda: re.search('a', 'a', x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.compile('(a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.compile(b'(a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno, e.pattern)
