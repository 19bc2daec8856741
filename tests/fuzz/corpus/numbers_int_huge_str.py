# numbers: int <-> str of thousands of digits (fast: subquadratic), hex/oct/bin of big values, repr of huge powers
import sys
if hasattr(sys, 'set_int_max_str_digits'):
    sys.set_int_max_str_digits(0)
x = int('9' * 5000)
s = str(x)
print(len(s), s[:10], s[-10:], x == 10**5000 - 1)
y = int('-' + '1234567890' * 2000)
print(len(str(y)), str(y)[:12], str(y)[-12:])
z = 7**30000
zs = str(z)
print(len(zs), zs[:20], zs[-20:], int(zs) == z)
print(len(hex(z)), hex(z)[:20], len(oct(z)), len(bin(z)), bin(-z)[:12])
print(int(hex(z), 16) == z, int(oct(z), 0) == z, int(bin(z)[2:], 2) == z)
big = int('1' + '0' * 20000)
print(big // 10**19999, big % 7, len(str(big * big)))
print(str(2**4000)[:30], str(-(3**3000))[:30])
print(repr(10**100), repr(-(10**50)))
