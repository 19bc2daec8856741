# str isalpha/isdecimal/isdigit/isnumeric/isalnum/isspace/isprintable/isupper/islower/istitle/isidentifier/isascii on non-ASCII text, and repr's printable test
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

    print(ascii(c), c.isalpha(), c.islower(), c.isupper(), c.upper(), c.lower())
for c in '\u00a0\u2007\u200b\u1680\u180e\ufeff\x1f\x85':
    print(ascii(c), c.isspace(), c.isprintable())
import sys
n = 0
# brute-force compare: skip
print('ab cd'.title(), "they're bill's".title(), 'aBc DeF'.swapcase())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), ''.istitle(), '1A'.istitle())
print('αβγ'.isidentifier(), '1a'.isidentifier(), 'a\u00b7'.isidentifier(), '℘'.isidentifier(), '_'.isidentifier(), 'a-b'.isidentifier())
for c in '\u0378\u00ad\u200e\ue000\U000e0001\ufffe\U0010ffff\u0600\u2028\u0300\u1f00a':
    print(repr(c), c.isprintable())
for s in ['', 'a', 'A', '1', ' ', 'Ab', 'aB', 'A1', '٣٤', 'ab\u0301', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'Straße', 'ǅ', 'ǅa', 'ǅA', 'Aǅ', 'ⅫⅠ', '½', '\u2160', '𝟘𝟙', 'x\x00', 'é', 'ascii', '\x7f', '\x80']:
    print(ascii(s), [getattr(s, m)() for m in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isupper', 'islower', 'istitle', 'isidentifier', 'isascii']])
for s in ['_', '_1', '1_', 'a b', 'ℕ', '℘x', '℮', 'x·', '·x', 'a\u0300', '\u0300a', 'αβ', 'ｘ', '𝔘𝔫𝔦', 'a\u200d', 'é', 'e\u0301', '\u309b', 'x\u309b', 'if', 'None', 'a-b', 'a\u2118']:
    print(ascii(s), s.isidentifier())
for m in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isupper', 'islower', 'istitle', 'isidentifier', 'isascii']:
    t(lambda: getattr(str, m)(1))
    t(lambda: getattr('a', m)(1))
