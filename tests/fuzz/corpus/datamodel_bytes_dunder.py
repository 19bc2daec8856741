# bytes() uses __bytes__, else the buffer, iterable or __index__ paths
class B:
    def __bytes__(self): return b'from __bytes__'
print(bytes(B()))
class BadB:
    def __bytes__(self): return 'not bytes'
try:
    bytes(BadB())
except TypeError as e:
    print(e)
class It:
    def __iter__(self): return iter([65, 66])
print(bytes(It()))
class Idx:
    def __index__(self): return 3
print(bytes(Idx()))
class Gi:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return 97 + i
print(bytes(Gi()))
for v in (1.5, None, [256], [-1], ['a']):
    try:
        bytes(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytes([1, 2]), bytes((0x41,)), bytes(range(3)), bytes(0), bytes(b'copy'))
print(b'ab' + b'cd', b'ab' * 2, 2 * b'x', b'a' in b'cat', 99 in b'cat', b'ab' < b'b', b'ab' == b'ab')
print(b'ab'[0], b'ab'[-1:], list(b'hi'), hash(b'ab') == hash(b'ab'), len(b'abc'), bool(b''))
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    b'a'[5]
except IndexError as e:
    print(e)
