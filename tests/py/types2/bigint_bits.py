# types2: big int bit operations with negatives, shifts across word boundaries
print(1 << 100 >> 99, (1 << 100) >> 200, -(1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 200)
a = 2**100 + 12345
b = -(2**80) - 7
print(a & b, a | b, a ^ b, ~a, ~b)
print(-1 & (2**70 - 1) == 2**70 - 1, -5 & 0xff, -5 | 0x100, -5 ^ -3, -(2**64) & -(2**64 + 1))
print((-2**65) >> 1, (-2**65 - 1) >> 1, (-2**65 + 1) >> 64, -3 >> 1, -3 << 70)
print(hex(-2**70), bin(-(2**65) | 1), oct(2**66 ^ 1))
print((2**64 - 1).bit_length(), (-2**64).bit_length(), (0).bit_length(), (255).bit_length())
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, x.bit_length(), x & -x, bin(x).count('1'))
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
print(True << 3, True & 3, 6 ^ True, 2**1000 >> 999, (2**1000 - 1) & 0xF)
print(-(2**100) % 7, (2**100) % -7, -(2**100) // 7, divmod(-(2**100), 2**50 + 1))
