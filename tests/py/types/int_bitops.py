# types: bitwise &, |, ^, ~ and shifts on small and negative ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xff, -256 & 0xff, -1 | 0, -5 ^ 3)
print(~0, ~-1, ~5, ~-6)
print(1 << 0, 1 << 1, 1 << 10, 1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(1024 >> 3, 1023 >> 3, 1 >> 1, 0 >> 5)
print(-1 >> 1, -2 >> 1, -3 >> 1, -1024 >> 4, -1025 >> 4)
print(-1 << 3, -5 << 2)
print(5 & -5, 12 & -12)
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x))
print([(x >> i) & 1 for i in range(8)])
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0F0F, 0xFFFF ^ 0x00FF)
try:
    1 << -1
except ValueError:
    print("ValueError negative shift")
try:
    1 >> -1
except ValueError:
    print("ValueError negative shift")
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in [0, 1, 255, 256, 12345]])
print(2 ** 100 >> 98, (1 << 100) == 2 ** 100)
