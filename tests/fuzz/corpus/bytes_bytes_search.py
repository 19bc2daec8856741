# bytes/bytearray find, rfind, index, rindex, count, startswith, endswith, replace, removeprefix/suffix
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 1

for s in (b'abcabcab', bytearray(b'abcabcab')):
    print(type(s).__name__)
    for sub in (b'ab', bytearray(b'ca'), memoryview(b'bc'), b'', b'zz', 97, 122, True):
        print(s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 5),
              s.count(sub, -4), s.find(sub, 3, 100), s.count(sub, 2, 1), s.find(sub, 9),
              s.rfind(sub, None, None), s.find(sub, Idx()))
    t(lambda: s.index(b'ca'))
    t(lambda: s.rindex(b'ca'))
    t(lambda: s.index(b'ca', 3, 6))
    t(lambda: s.index(b'zz'))
    t(lambda: s.rindex(b'zz'))
    t(lambda: s.index(99, -3))
    t(lambda: s.find('a'))
    t(lambda: s.find(256))
    t(lambda: s.find(-1))
    t(lambda: s.count(1.5))
    t(lambda: s.index(None))
    t(lambda: s.find(b'a', 'x'))
    t(lambda: s.find(b'a', 1.0))
    t(lambda: s.find(b'a', 2 ** 80))
    t(lambda: s.rfind(b'a', -2 ** 80))
    t(lambda: s.find())
    t(lambda: s.find(b'a', 1, 2, 3))
    t(lambda: s.count(b'', 8))
    t(lambda: s.count(b'', 9))
    t(lambda: s.find(b'', 8))
    t(lambda: s.find(b'', 9))
    t(lambda: s.rfind(b''))
    # startswith / endswith
    for fix in (b'ab', bytearray(b'ab'), memoryview(b'cab'), b'', (b'x', b'ab'), (b'x',), ()):
        print(s.startswith(fix), s.endswith(fix), s.startswith(fix, 3), s.endswith(fix, 0, 5),
              s.startswith(fix, -2), s.endswith(fix, 9), s.startswith(fix, 8), s.endswith(fix, 3, 2))
    t(lambda: s.startswith('a'))
    t(lambda: s.endswith(97))
    t(lambda: s.startswith(('a',)))
    t(lambda: s.endswith((b'b', 1)))
    t(lambda: s.startswith([b'a']))
    t(lambda: s.startswith(b'a', 'x'))
    t(lambda: s.startswith())
    # replace
    t(lambda: s.replace(b'ab', b'X'))
    t(lambda: s.replace(bytearray(b'ab'), memoryview(b'XYZ'), 2))
    t(lambda: s.replace(b'ab', b'', 0))
    t(lambda: s.replace(b'ab', b'-', -1))
    t(lambda: s.replace(b'', b'.'))
    t(lambda: s.replace(b'', b'.', 3))
    t(lambda: s.replace(b'zz', b'y'))
    t(lambda: s.replace(b'a', b'a'))
    t(lambda: s.replace('a', b'b'))
    t(lambda: s.replace(b'a', 'b'))
    t(lambda: s.replace(b'a', b'b', 'x'))
    t(lambda: s.replace(b'a', b'b', 2 ** 80))
    t(lambda: s.replace(b'a'))
    t(lambda: s.replace(b'a', b'b', 1, 2))
    # removeprefix / removesuffix
    t(lambda: s.removeprefix(b'abc'))
    t(lambda: s.removeprefix(bytearray(b'x')))
    t(lambda: s.removeprefix(b''))
    t(lambda: s.removesuffix(memoryview(b'cab')))
    t(lambda: s.removesuffix(b'abcabcabc'))
    t(lambda: s.removeprefix('a'))
    t(lambda: s.removesuffix(None))
    t(lambda: s.removesuffix())

x = b'keep'
print(x.replace(b'z', b'y') is x, x.removeprefix(b'z') is x, x.removesuffix(b'') is x)
y = bytearray(b'copy')
print(y.replace(b'z', b'y') is y, y.removeprefix(b'z') is y)
