# __index__ is used wherever an integer is required: indexing, slicing, range, bin/hex/oct
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = [10, 20, 30, 40, 50]
print(lst[I(1)], lst[I(-1)], 'hello'[I(0)], (1, 2, 3)[I(2)], b'abc'[I(1)])
print(lst[I(1):I(3)], lst[:I(2)], lst[::I(2)], 'abcdef'[I(1):I(5):I(2)])
print(list(range(I(3))), list(range(I(1), I(7), I(3))), range(I(5))[I(2)])
print(hex(I(255)), oct(I(8)), bin(I(5)), hex(I(-1)))
print('ab' * I(3), I(2) * [0], (1,) * I(2), b'x' * I(2))
lst2 = list(lst)
lst2[I(0)] = 'first'
del lst2[I(1)]
print(lst2)
lst2[I(0):I(2)] = ['s']
print(lst2)
print(lst.pop(I(0)), lst, lst.insert(I(0), 5), lst)
print(chr(I(65)), round(2.5678, I(2)), int.__index__(7))
print(int(I(12)), float(I(3)))
# bool and int subclasses are integers
class MyInt(int):
    pass
print(lst[True], lst[MyInt(2)], 'xyz'[False])
# errors
class NotInt:
    def __index__(self): return 'no'
try:
    lst[NotInt()]
except TypeError as e:
    print(e)
try:
    range(NotInt())
except TypeError as e:
    print(e)
for v in (1.5, 'a', None, [1]):
    try:
        lst[v]
    except TypeError as e:
        print(e)
for seq, key in (('abc', 1.0), ((1, 2), None), (b'ab', 'x'), (range(3), 1.0)):
    try:
        seq[key]
    except TypeError as e:
        print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    lst[1.5:2]
except TypeError as e:
    print(e)
try:
    'ab' * 1.5
except TypeError as e:
    print(e)
try:
    [0] * I(2**100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    lst[I(2**100)]
except IndexError as e:
    print(e)
try:
    lst[I(10)]
except IndexError as e:
    print(e)
# __index__ raising propagates
class Raise:
    def __index__(self): raise ValueError('index fail')
try:
    lst[Raise()]
except ValueError as e:
    print(e)
# __int__ alone is not an index
class OnlyInt:
    def __int__(self): return 1
try:
    lst[OnlyInt()]
except TypeError as e:
    print(e)
print(int(OnlyInt()))
