# str.maketrans in its three forms and str.translate with dicts, sequences, lookups that raise, and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'x'.join(['a']))
t(lambda: 'x'.join(['a', b'b']))
t(lambda: 'x'.join([None]))
t(lambda: 'x'.join())
t(lambda: str.maketrans('abc', 'xyz'))
t(lambda: str.maketrans('abc', 'xyz', 'd'))
t(lambda: str.maketrans({'a': 'b', 98: None}))
t(lambda: str.maketrans({'ab': 'b'}))
t(lambda: str.maketrans({1.5: 'b'}))
t(lambda: str.maketrans('ab', 'x'))
t(lambda: str.maketrans('ab'))
t(lambda: str.maketrans([]))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans('a', 'b', 3))
t(lambda: str.maketrans())
t(lambda: 'abc'.maketrans('a', 'b'))
t(lambda: 'abcd'.translate(str.maketrans('abc', 'xyz', 'd')))
t(lambda: 'abc'.translate({97: 'AA', 98: None, 99: 0x20ac}))
t(lambda: 'abc'.translate({97: 1.5}))
t(lambda: 'abc'.translate({97: -1}))
t(lambda: 'abc'.translate({97: 0x110000}))
t(lambda: 'abc'.translate(['x', 'y']))
t(lambda: str.maketrans('aé€', 'xyz'))
t(lambda: str.maketrans('', '', 'é😀'))
t(lambda: str.maketrans({'é': '€', 0x20ac: 'E'}))
t(lambda: str.maketrans({}))
t(lambda: str.maketrans(1, 'a'))
t(lambda: str.maketrans(1, 'a', 'b'))
t(lambda: str.maketrans('a', 1, 'b'))
t(lambda: str.maketrans('a', 'b', None))
t(lambda: str.maketrans('a', None))
t(lambda: 'aé€😀'.translate(str.maketrans('aé€', 'xyz', '😀')))
t(lambda: 'abc'.translate({}))
t(lambda: 'abc'.translate({97: 2**100}))
t(lambda: 'abc'.translate({97: True}))
t(lambda: 'abc'.translate('xyz'))
t(lambda: 'abc'.translate({97: b'x'}))
t(lambda: 'abc'.translate({97: ''}))
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError(k)
        if k == 99:
            raise IndexError(k)
        return k + 1
t(lambda: 'abcd'.translate(Table()))
class Bad:
    def __getitem__(self, k):
        raise ValueError('bad')
t(lambda: 'abc'.translate(Bad()))
t(lambda: ''.translate(Bad()))
class D(dict):
    def __missing__(self, k):
        return 'm'
t(lambda: 'abc'.translate(D({97: 'A'})))
