# Guards: str can be subclassed: instances keep attributes after their text, str methods work on them and return exact strs.
class S(str):
    pass


s = S('hello')
s.tag = 'x'
print(s, s.tag, len(s), type(s).__name__, isinstance(s, str))
print(s.upper(), s + '!', '>' + s, s[1:3], s * 2, 'ell' in s, s == 'hello', 'hello' == s)
print(type(s.strip()).__name__, type(s + '').__name__, type('' + s).__name__, type(s * 1).__name__)
print(type(str(s)).__name__, type(s.replace('z', 'y')).__name__, type(s.ljust(2)).__name__)
print(type(s[:]).__name__, type(f'{s}').__name__, type(format(s)).__name__)
print(type(s.removeprefix('q')).__name__, type(s.expandtabs()).__name__, type(s.zfill(1)).__name__)
print(hash(s) == hash('hello'), {s: 1}['hello'], {'hello': 2}[s])
print(repr(s), s.split('l'), '-'.join([s, s]), s.find('l'), s.startswith('he'))
print(sorted([S('b'), 'a', S('c')]), vars(s))


class U(S):
    def shout(self):
        return self.upper() + '!'


u = U('\u00e9' * 40)
u.a = 1
u.b = [1, 2]
print(u.shout(), u.a, u.b, len(u), u[3], u.count('\u00e9'))
words = [U('w%d' % i) for i in range(200)]
for w in words:
    w.n = int(w[1:])
print(sum(w.n for w in words), words[150], words[150].n)


class N(str):
    def __new__(cls, v):
        self = super().__new__(cls, v * 2)
        self.orig = v
        return self


n = N('ab')
print(n, n.orig, type(n).__name__)
e = S()
print(repr(e), len(e), type(e).__name__)
print(S(5), S(b'ab', 'ascii'), type(S(b'ab', 'ascii')).__name__)
print('%s' % s, '{}'.format(s), str.upper(s), int(S('12')) + 1, float(S('1.5')))


class O:
    pass


o = O()
setattr(o, S('k'), 3)
print(o.k, getattr(o, S('k')))
