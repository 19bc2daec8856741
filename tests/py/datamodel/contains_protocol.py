# `in` uses __contains__, else iteration, else __getitem__; the result is made a bool
class C:
    def __contains__(self, x): return x == 'yes'
print('yes' in C(), 'no' in C(), 'no' not in C())
class Truthy:
    def __contains__(self, x): return [x]
print(1 in Truthy(), type(1 in Truthy()).__name__)
class Falsy:
    def __contains__(self, x): return ''
print(1 in Falsy(), 1 not in Falsy())
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It())
class Gi:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in Gi(), 25 in Gi())
# iteration stops at the first match
calls = []
class Gen:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        calls.append(self.i)
        if self.i > 5: raise StopIteration
        return self.i
print(3 in Gen(), calls)
# not a container
class No:
    pass
try:
    1 in No()
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    'a' in None
except TypeError as e:
    print(e)
# __contains__ = None
class NoC:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoC()
except TypeError as e:
    print(e)
# errors raised inside propagate
class Err:
    def __contains__(self, x): raise ValueError('inside')
try:
    1 in Err()
except ValueError as e:
    print(e)
# identity before equality while searching
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
print(n in [n], n in (n,), n in {n}, n in It())
# __contains__ inherited and overridden on built-in subclasses
class MyList(list):
    def __contains__(self, x): return True
print(99 in MyList(), 1 in MyList([1]))
class MyDict(dict):
    def __contains__(self, k): return k == 'magic'
d = MyDict(a=1)
print('a' in d, 'magic' in d, d.get('a'))
# str containment
print('bc' in 'abcd', '' in 'x', 'x' in '')
try:
    1 in 'abc'
except TypeError as e:
    print(e)
