# dict get/set with small int keys through the one-probe path, mixed with True, 1.0, big ints and int subclasses of equal hash.
# SPDX-License-Identifier: MIT

d = {}
for i in range(-50, 300):
    d[i] = i * i
for i in range(0, 300, 7):
    del d[i]
for i in range(0, 300, 5):
    d[i] = d.get(i, -1)
print(len(d), d.get(-50), d.get(7), d.get(10), d.get(299), d.get(300), d.get(-51, "x"))
d = {1: "one"}
d[True] = "true"   # equal to 1: the entry is overwritten, the key stays 1
d[1.0] = "float"
print(d, d.get(True), d.get(1.0), d.get(1))
d = {True: "t", 2.0: "f"}
d[1] = "one"
d[2] = "two"
print(d, d.get(1), d.get(2))
d = {2**64: "big", -1: "m1", -2: "m2"}
print(d.get(2**64), d.get(-1), d.get(-2), hash(-1) == hash(-2))
d[-1] = "M1"
d[-2] = "M2"
print(d)


class I(int):
    def __hash__(self):
        return int.__hash__(self)

    def __eq__(self, o):
        print("eq", int(self), o)
        return int(self) == o


d = {I(5): "sub"}
d[5] = "plain"
print(d, d.get(5), len(d))
d = {5: "plain"}
print(d.get(I(5)), d.get(6))
# collisions modulo the table size, and a table that grows while filled
d = {}
for i in range(0, 8 * 100, 8):
    d[i] = i
print(len(d), sum(d.values()), [d.get(i) for i in (0, 8, 792, 800)])
