# containers: min/max with key and default, sum with start, len, sorted, any/all, id, ascii, format, and their errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((1.5, 1, True)), max([[1], [1, 0]]))
print(min("b", "a", key=str.upper), max([1, -5, 3], key=abs), min([], default=7), max([], key=abs, default=None))
print(min([2, 1], default=9), max(x for x in [1, 9, 3]), min(1, 1.0), max(1, 1.0), min(1.0, 1), min([(1, 'b'), (1, 'a')]))
print(max([1, 3, 3.0], key=lambda x: x), min({3: 'a', 1: 'b'}), max({5, 1}), max(range(5)), min("abc", key=None))
t("min empty", lambda: min([]))
t("max empty", lambda: max(()))
t("min noargs", lambda: min())
t("max noargs", lambda: max())
t("min int", lambda: min(5))
t("max default multi", lambda: max(1, 2, default=3))
t("min badkw", lambda: min([1], foo=1))
t("max mixed", lambda: max([1, 'a']))
t("min mixed", lambda: min(1, 'a'))
t("max key err", lambda: max([1, 2], key=len))
t("min key notcallable", lambda: min([1, 2], key=5))
t("max 1 key default", lambda: max([], key=len, default='d'))
t("min gen empty", lambda: min(x for x in []))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(101)))
print(sum([1, 2.5, True]), sum(x * x for x in range(4)), sum([1], start=2), sum(iter([10**20, 10**20])), sum([0.1] * 10))
print(sum([1e308, 1e308, -1e308]), sum([True, True]), sum([2**62, 2**62]), sum([-(2**62), -(2**62), -1]))
t("sum str start", lambda: sum(['a', 'b'], ''))
t("sum str start2", lambda: sum([], 'x'))
t("sum bytes", lambda: sum([b'a'], b''))
t("sum strs", lambda: sum(['a', 'b']))
t("sum int", lambda: sum(5))
t("sum noargs", lambda: sum())
t("sum 3", lambda: sum([], 1, 2))
t("sum badkw", lambda: sum([], foo=1))
t("sum none", lambda: sum([None]))
t("sum list+int", lambda: sum([[1]]))
print(len("abc"), len([1]), len(()), len({1: 2}), len({1}), len(range(3)), len(b"ab"), len("é"))
t("len int", lambda: len(5))
t("len none", lambda: len(None))
t("len gen", lambda: len(x for x in []))
t("len noargs", lambda: len())
t("len 2", lambda: len([], []))
class L:
    def __len__(self): return 5
class NegL:
    def __len__(self): return -1
class StrL:
    def __len__(self): return "a"
class BigL:
    def __len__(self): return 10**20
class FloatL:
    def __len__(self): return 1.0
class IdxL:
    def __len__(self):
        class I:
            def __index__(self): return 3
        return I()
print(len(L()), bool(L()))
t("len neg", lambda: len(NegL()))
t("len str", lambda: len(StrL()))
t("len big", lambda: len(BigL()))
t("len float", lambda: len(FloatL()))
t("len index", lambda: len(IdxL()))
t("bool neg", lambda: bool(NegL()))
print(any([]), all([]), any([0, '', 1]), all([1, 'a', 0]), any(x > 2 for x in range(5)), all(iter([1, 1])))
t("any int", lambda: any(5))
t("all 0", lambda: all())
a = []; b = []
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(1) == id(1))
t("id 0", lambda: id())
t("id 2", lambda: id(1, 2))
print(ascii("abc"), ascii("é"), ascii("\u20ac"), ascii("\U0001f600"), ascii(["é", 1]), ascii('\x00\t\n'), ascii({'ü': b'\xff'}))
print(ascii(1), ascii(None), ascii("'\""), ascii(chr(0x7f)), ascii(chr(0xa0)), ascii("\ud800" if False else "x"))
t("ascii 0", lambda: ascii())
print(format(5), format(5, 'd'), format(3.5, '.2f'), format('x', '>3'), format([1], ''), format(None), format(12345, ','), format(255, '#x'))
t("format bad spec", lambda: format(5, 'z'))
t("format int spec", lambda: format(5, 5))
t("format list spec", lambda: format([1], 'x'))
t("format obj spec", lambda: format(object(), 'x'))
t("format 0", lambda: format())
t("format 3", lambda: format(1, '', 1))
class F:
    def __format__(self, spec): return "F:" + spec
class BadF:
    def __format__(self, spec): return 5
print(format(F(), "abc"), "{:xy}".format(F()), f"{F():q}")
t("format bad return", lambda: format(BadF()))
print(sorted([3, 1, 2]), sorted("cba", reverse=True), sorted({3: 0, 1: 0}), sorted([], reverse=True))
