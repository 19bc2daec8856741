# types: str(), repr() and int() round trips of big and negative integers
vals = [2 ** 64, -(2 ** 64), 10 ** 40, -(10 ** 40) + 1, 2 ** 200 - 1,
        123456789 ** 5, -987654321 ** 3]
for v in vals:
    s = str(v)
    print(s, repr(v) == s, int(s) == v, len(s))
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 70))
print(hex(-(2 ** 80)))
print(int(hex(3 ** 80), 16) == 3 ** 80)
print(int(bin(5 ** 40), 2) == 5 ** 40)
print(int(oct(7 ** 30), 8) == 7 ** 30)
print(str(10 ** 100))
print(f"{2 ** 70}")
print("%d" % (2 ** 70))
print(str(-1), str(0), str(1))
fact = 1
for i in range(2, 51):
    fact *= i
print(fact)
print(len(str(fact)), str(fact).count("0"))
print(int("9" * 50) + 1 == 10 ** 50)
print(int("-" + "1" * 30))
