# builtins: hex(), oct(), bin() of ints incl. zero, negatives and bigints
for n in [0, 1, 7, 8, 15, 16, 255, 256, 1000, -1, -255, 2 ** 32, 2 ** 64 - 1, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), bin(False))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(hex(0xdeadbeef), hex(0xDEADBEEF))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError:
        print("TypeError hex", type(bad).__name__)
try:
    bin(2.0)
except TypeError:
    print("TypeError bin float")
print(("0" * 8 + bin(5)[2:])[-8:])
print(len(bin(2 ** 100)) - 2, hex(2 ** 100).count("0"))
print([hex(i) for i in range(0, 256, 51)])
