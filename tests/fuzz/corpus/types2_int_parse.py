# types2: int() from strings: whitespace, signs, bases, prefixes, underscores and error texts
print(int(' 42 '), int('-0x1f', 16), int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('-0b1', 0))
print(int('1_000'), int('z', 36), int('ZZ', 36), int(' -12\n'), int('+7'), int('0'), int('00'), int('0_0'))
print(int('ff', 16), int('FF', 16), int('777', 8), int('11', 2), int('10', 3), int('0x10', 16), int('0b11', 2))
print(int('1' * 40), int('-' + '9' * 30, 10), int('10000000000000000000000', 16))
for args in (('',), ('abc',), ('1.5',), ('0x1f',), ('12', 2), ('1__2',), ('_1',), ('1_',), ('09', 0), ('--1',), ('0x', 16), ('8', 8), (' ',), ('1 2',)):
    try:
        print(int(*args))
    except ValueError as e:
        print('ValueError', e)
try:
    int('1', 1)
except ValueError as e:
    print('ValueError', e)
try:
    int('1', 37)
except ValueError as e:
    print('ValueError', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError', e)
try:
    int(None)
except TypeError as e:
    print('TypeError', e)
try:
    int([1])
except TypeError as e:
    print('TypeError', e)
print(int(True), int(3.99), int(-3.99), int('0', 0), int('0_7', 8))
