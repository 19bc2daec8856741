# Strs holding NUL characters: every byte counts in methods, comparisons, dict keys, formatting and conversions
s = 'a\x00b'
print(len(s), repr(s), s == 'a', s == 'a\x00b', s < 'a\x00c', 'a' < s, 'a\x00' < 'a\x01')
print(s.find('b'), s.index('\x00'), s.count('\x00'), s.split('\x00'), s.replace('\x00', '-'))
print(s.upper(), s.title(), s.strip('a'), s.partition('\x00'), s.startswith('a\x00'), s.endswith('\x00b'))
print(s.center(7, '*'), s.encode(), '\x00'.join(['x', 'y']), s * 2, repr(s[1]), s[::-1])
print('x\x00'.isalpha(), '\x00'.isspace(), 'a\x00'.isidentifier(), s.splitlines(), s.zfill(5))
print('\x00'.isprintable(), 'a\x00b'.rsplit('\x00', 1), 'a\x00b\x00'.rstrip('\x00'), s.casefold())
print(s.ljust(5, '\x00') == 'a\x00b\x00\x00', s.expandtabs(), s.swapcase(), s.translate({0: 'Z'}))

d = {'a': 1, 'a\x00': 2, 'a\x00b': 3}
print(d['a'], d['a\x00'], d['a\x00b'], sorted(d), 'a\x00' in d, 'a\x00c' in d, {'\x00', '\x00\x00'} == {'\x00\x00', '\x00'})

print('%s|%r|%5s' % (s, s, s), '{}|{!r}|{:>5}'.format(s, s, s), f'{s}|{s!r}', format(s, '^6'))
print(str(s), ascii(s), hash(s) == hash('a' + '\x00b'), s + 'c', 'c' + s)
print('{0}'.format(s), '%(k)s' % {'k': s}, '{k}'.format(k=s), '{\x00}'.format_map({'\x00': 'nul key'}))

for conv in (int, float, complex):
    for t in ('1\x00', '\x001', '1\x002', '\x00'):
        try:
            print(conv(t))
        except ValueError as e:
            print(conv.__name__, type(e).__name__, e.args)
print(int('12'), float('1.5'), complex('1+2j'), int('ff', 16))
for spec in ('d\x00', '\x00>5', '5\x00'):
    try:
        print(format(12, spec))
    except ValueError as e:
        print(type(e).__name__, e.args)
for enc in ('utf-8\x00', 'ascii\x00x', '\x00'):
    try:
        print('a'.encode(enc))
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e.args)
    try:
        print(b'a'.decode(enc))
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e.args)
