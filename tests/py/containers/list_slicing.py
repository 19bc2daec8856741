# containers: list indexing, slicing with steps, slice assignment and deletion, and their errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = list(range(10))
print(a[0], a[-1], a[True], a[-10])
t("idx range", lambda: a[10])
t("idx range neg", lambda: a[-11])
t("idx str", lambda: a['1'])
t("idx float", lambda: a[1.0])
t("idx none", lambda: a[None])
t("idx big", lambda: a[10**20])
t("idx nbig", lambda: a[-10**20])
class I:
    def __index__(self): return 3
print(a[I()], a[I():], a[:I()])
for s in [slice(None), slice(2, 8), slice(2, 8, 2), slice(None, None, -1), slice(8, 2, -2),
          slice(-3, None), slice(None, -3), slice(-100, 100), slice(100, -100, -1),
          slice(None, None, 3), slice(1, None, -3), slice(10**20, -10**20, -10**20),
          slice(-10**20, 10**20, 10**19), slice(5, 5), slice(7, 3), slice(3, 7, -1)]:
    print(s, a[s])
t("step0", lambda: a[::0])
t("slice str", lambda: a['a':])
t("slice float", lambda: a[:1.5])
t("slice step str", lambda: a[::'x'])
# assignment
def sa(label, sl, val):
    b = list(range(10))
    try:
        b[sl] = val
        print(label, b)
    except Exception as e:
        print(label, type(e).__name__, e)
sa("grow", slice(2, 4), [10, 11, 12, 13])
sa("shrink", slice(2, 8), [0])
sa("insert", slice(3, 3), "xyz")
sa("empty", slice(0, 10), [])
sa("tuple", slice(None), (1, 2))
sa("gen", slice(5, None), (x * x for x in range(3)))
sa("rev empty", slice(8, 2), [1, 2])
sa("ext", slice(None, None, 2), "abcde")
sa("ext neg", slice(None, None, -3), [1, 2, 3, 4])
sa("ext wrong", slice(None, None, 2), [1, 2])
sa("ext wrong2", slice(1, 2, 3), [])
sa("ext one", slice(1, 2, 3), [7])
sa("ext range", slice(0, 10, 5), range(2))
sa("int", slice(1, 2), 5)
sa("ext int", slice(1, 5, 2), 5)
sa("none", slice(1, 2), None)
sa("step1 explicit", slice(1, 3, 1), [9, 9, 9])
sa("step -1", slice(3, 0, -1), [9, 8, 7])
sa("step -1 wrong", slice(3, 0, -1), [9])
sa("step0", slice(None, None, 0), [])
b = [1, 2, 3]; b[:] = b; print(b)
b = [1, 2, 3]; b[1:] = b; print(b)
b = [1, 2, 3]; b[::-1] = b; print(b)
b = [1, 2, 3]; b[0] = b; print(b)
b = [1, 2, 3]; b[-1] = 9; print(b)
t("setidx range", lambda: b.__setitem__(3, 0))
t("setidx neg", lambda: b.__setitem__(-4, 0))
t("setidx str", lambda: b.__setitem__('x', 0))
t("setidx big", lambda: b.__setitem__(10**20, 0))
# deletion
def sd(label, sl):
    b = list(range(10))
    try:
        del b[sl]
        print(label, b)
    except Exception as e:
        print(label, type(e).__name__, e)
for s in [slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(1, 9, 3), slice(8, 1, -3),
          slice(100, 200), slice(None), slice(None, None, 0), slice(-2, None), 0, -1, 9, 10, -11, 'a']:
    sd(str(s), s)
# augmented
b = [1, 2]; c = b; b += (3,); b += "ab"; b += range(2); print(b, c is b)
t("iadd int", lambda: b.__iadd__(5))
b = [1, 2]; b *= 3; print(b)
b *= 0; print(b)
b = [1, 2]; b *= -1; print(b)
t("imul str", lambda: [1].__imul__('a'))
