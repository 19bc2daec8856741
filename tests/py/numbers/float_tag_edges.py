# Floats at the edges of the in-word encoding (2**-255 .. 2**256, ±0.0, subnormals, inf, nan) behave as CPython's.
import math
import struct
import json
import array

edges = [0.0, -0.0, 2.0 ** -255, -(2.0 ** -255), 2.0 ** -256, 2.0 ** 256, -(2.0 ** 256),
         2.0 ** 256 * (1 - 2.0 ** -53), 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
         1e-77, 1e77, 1e78, 1.0, -1.0, 0.1, math.inf, -math.inf]
for x in edges:
    print(repr(x), x.hex(), hash(x) == hash(float(repr(x))), x == float(repr(x)),
          math.copysign(1.0, x), bool(x))

# Results that cross from the word to a box and back stay exact.
x = 2.0 ** 255
for i in range(4):
    x = x * 2.0
    print(x.hex(), (x / 2.0).hex(), -x)
y = 2.0 ** -250
for i in range(10):
    y = y / 2.0
    print(y.hex(), (y * 4.0).hex())

# Signed zeros from arithmetic.
print(repr(0.0 * -1.0), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-(0.0)), repr(-(-0.0)))
print(math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), 1 / math.inf, -1 / math.inf)
print(repr(round(-0.4)), repr(round(-0.4, 0)), repr(-0.0 * 5), repr(abs(-0.0)))

# Equal values are equal whatever their representation; containers agree.
d = {0.0: "zero", 1.0: "one", 2.0 ** 300: "big", 2.0 ** -300: "tiny"}
print(d[-0.0], d[1], d[2 ** 300], d[2.0 ** -300], 0 in d, True in d)
s = {0.5, 1.5, 2.0 ** 256, 2 ** 256, 5e-324}
print(len(s), sorted(s)[:2], 2.0 ** 256 in s)
nan = float("nan")
lst = [nan, 1.0]
print(nan in lst, lst.index(nan), lst.count(nan), nan == nan, [nan] == [nan])
print(sorted([3.5, -0.0, 0.0, -2.0 ** 260, 2.0 ** -260, 1, -1.5, 2.0 ** 255]))
print(max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))

# Mixed int and float, near 2**53 where a double stops holding every int.
big = 2 ** 53
print(big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1, big == float(big))
print(3 + 0.5, 0.5 - 3, 7 * 0.25, 7 / 2.0, 7.5 // 2, 7.5 % -2, 2 ** 0.5, 0.5 ** 2, -7 // 2.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1074 / 2)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 2.5 % 0, lambda: 0.0 ** -1,
            lambda: 1.5 & 1, lambda: 1 << 2.0, lambda: ~1.5, lambda: 10.0 ** 400]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# Floats through the packing and text paths.
for x in [0.0, -0.0, 1e-77, 2.0 ** 256, 5e-324, 123.456, -2.5]:
    print(struct.unpack("<d", struct.pack("<d", x))[0] == x,
          struct.pack("<d", x) == struct.pack("<d", struct.unpack("<d", struct.pack("<d", x))[0]),
          json.loads(json.dumps(x)) == x, array.array("d", [x])[0] == x, float(str(x)) == x)
print(json.dumps([0.0, -0.0, 1e-300, 2.0 ** 256]), struct.unpack("<f", struct.pack("<f", 0.1)))

# A float subclass stays its own object with its own type.
class F(float):
    pass

f = F(2.5)
print(type(f).__name__, f + 1, type(f + 1).__name__, isinstance(f, float), f == 2.5, hash(f) == hash(2.5))
print(type(-f).__name__, type(+f).__name__, type(abs(f)).__name__)

# Identity of one float object is stable, and id() agrees with is.
a = 1.25
b = a
print(a is b, id(a) == id(b), float(a) is a)
vals = [i * 0.5 for i in range(-4, 5)]
print(vals, sum(vals), math.fsum(vals), math.prod([1.5, -2.0, 0.25]))
print(divmod(7.5, -2), divmod(-0.0, 1.0), math.fmod(-7.5, 2), math.floor(-0.5), math.ceil(-0.5))
print(int(2.0 ** 255), int(-2.0 ** 256), float(2 ** 255) == 2.0 ** 255, (2.0 ** 200).is_integer())
print((2.5).as_integer_ratio(), (2.0 ** -255).as_integer_ratio()[1] == 2 ** 255, (0.1).real, (0.1).imag)
