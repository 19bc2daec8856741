# printf-style % formatting converts operands through __index__, __int__, __float__, __str__, __repr__
class I:
    def __index__(self): return 65
class N:
    def __int__(self): return 6
class F:
    def __float__(self): return 1.5
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
for fmt in ('%d', '%i', '%x', '%X', '%o', '%c', '%f', '%e', '%g'):
    for v in (I(), N(), F()):
        try:
            print(fmt, type(v).__name__, repr(fmt % v))
        except TypeError as e:
            print(fmt, type(v).__name__, e)
print('%s|%r|%a' % (S(), S(), S()), '%-8s|' % S(), '%10r|' % S())
print('%(k)s %(k)r' % {'k': S()})
class Both:
    def __index__(self): return 3
    def __int__(self): return 4
print('%d %x' % (Both(), Both()))
class Big:
    def __index__(self): return 2**70
print('%d %x' % (Big(), Big()))
try:
    '%c' % Big()
except OverflowError as e:
    print(e)
# a mapping operand uses __getitem__
class M:
    def __getitem__(self, k): return k.upper()
print('%(abc)s-%(x)s' % M())
# str.format and f-strings use __format__, then __str__
print('{} {!r} {!s}'.format(S(), S(), S()), f'{S()} {S()!r}')
