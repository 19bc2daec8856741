# unicode text: len, indexing and slicing by code point, iteration, ord/chr over the full range, \\x \\u \\U \\N escapes and their SyntaxErrors, repr and ascii
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'aé€😀b'
print(len(s), s[1], s[-2], s[1:4], s[::-1], s[::2], list(s), [ord(c) for c in s])
t(lambda: s[10])
t(lambda: s['a'])
t(lambda: s[1.0])
t(lambda: chr(0x10FFFF))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
t(lambda: chr('a'))
t(lambda: ord(''))
for src in [r"'\x4'", r"'\xzz'", r"'\u12'", r"'\U1234567'", r"'\U00110000'", r"'\N{NOPE}'", r"'\N{'", r"'\N'", r"b'\x4'", r"'\777'", r"b'\u1234'", r"'\N{latin small letter a}'", r"'\N{EURO SIGN}\N{DIGIT SEVEN}'", r"'\u00e9\U0001F600\x41\101\0'", r"'\N{}'", r"'\x'", r"'\u'", r"'\U'", r"'\ud800\udc00'", "'\\\n'"]:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
print(ascii('\ud800'), repr('\ud800'), repr('\x7f\x80\xa0\xad'), repr('\u0378'), repr('\u200b\u3000\U000e0001'))
print(repr('é€😀\t\n\r\x00\\\'"'), ascii('é€😀\t\n\r\x00\\\'"'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), ascii("it's é"))
print('\ud800' == '\ud800', len('\ud800\udc00'), '\ud800\udc00' != '\U00010000')
for cp in [0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff]:
    c = chr(cp)
    print(hex(cp), len(c), ord(c) == cp, ascii(c), len(c * 3), ord((c * 3)[-1]) == cp)
s = 'a\u00e9\u20ac\U0001F600b' * 3
print(len(s), [ord(c) for c in s[::4]], ascii(s[2:-2]), ascii(s[-1:-8:-3]), ascii(s[5:5]))
print([ascii(s[i]) for i in range(-len(s), len(s), 4)])
it = iter('é😀')
print(ascii(next(it)), ascii(next(it)), next(it, 'end'))
print(type(iter('abc')).__name__, list(reversed('aé😀')), 'é😀' in s, '😀b' in s, '' in s, s.index('😀b'))
t(lambda: s[len(s)])
t(lambda: s[-len(s) - 1])
t(lambda: 1 in 'abc')
t(lambda: chr())
t(lambda: chr(1, 2))
t(lambda: ord())
t(lambda: ord('\ud800'))
t(lambda: [ord(c) for c in '\ud83d\ude00'])
class I:
    def __index__(self): return 0x20ac
t(lambda: chr(I()))
t(lambda: chr(True))
