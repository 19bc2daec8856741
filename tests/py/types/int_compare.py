# types: int comparisons with ints, floats, bools, and bigints
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
print(-1 < 0, -10 < -9, 0 == -0)
print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 == -1.0)
print(1 == True, 0 == False, 2 == True)
big = 2 ** 100
print(big > 2 ** 99, big < 2 ** 101, big == 2 ** 100, big != big + 1)
print(-big < 0, -big < -big + 1, big > -big)
print(big > 1, 1 < big, big > 1.0e10, big < 1e31, big > 1e30)
print(sorted([3, -1, 2 ** 70, -2 ** 70, 0, 7]))
print(max([5, 2 ** 65, 3]), min([5, -2 ** 65, 3]))
print(10 ** 20 == 100000000000000000000)
print(2 ** 64 == 18446744073709551616)
print(2 ** 63 - 1 < 2 ** 63)
print((2 ** 64) // (2 ** 32) == 2 ** 32)
print(1 == "1", 1 != "1")
try:
    1 < "1"
except TypeError:
    print("TypeError comparing int and str")
try:
    big < None
except TypeError:
    print("TypeError comparing int and None")
print(1 < 2 == 2 > 1)
print(int("100") == 100, str(100) == "100")
print([1, 2] == [1, 2.0], (1, 2) < (1, 3))
