# containers: list constructor, operators (+ * == < in), repr with recursion, and their errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: 2}), list(x for x in "hi"))
t("ctor int", lambda: list(1))
t("ctor 2", lambda: list(1, 2))
t("ctor kw", lambda: list(x=1))
t("ctor none", lambda: list(None))
print([1, 2] + [3], [1] * 3, 3 * [1], [1, 2] * 0, [1] * -5, [] * 10, [0] * True)
t("add tuple", lambda: [1] + (2,))
t("add str", lambda: [1] + "a")
t("add none", lambda: [1] + None)
t("radd", lambda: (1,) + [2])
t("mul str", lambda: [1] * 'a')
t("mul float", lambda: [1] * 2.0)
t("rmul float", lambda: 2.0 * [1])
t("mul list", lambda: [1] * [2])
t("mul big", lambda: [1] * (10**20))
t("mul neg big", lambda: [1] * (-10**20))
t("mul huge", lambda: [1, 2] * (2**62))
class I:
    def __index__(self): return 2
print([1] * I(), I() * [2])
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9],
      [1] <= [1], [1] >= [2], [] < [0], [1, 2] == (1, 2), [1] != "a")
t("lt int", lambda: [1] < 1)
t("lt tuple", lambda: [1] < (1,))
t("lt mixed", lambda: [1, 'a'] < [1, 2])
print([1, 'a'] == [1, 2], [1, [2, [3]]] == [1, [2, [3]]], [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], [n] < [n], [1, n] < [1, 2])
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], 1.0 in [1], True in [1], [] in [[]])
a = [1, 2]; a.append(a); print(a, repr(a), str(a))
b = [[1], (2, [3]), {4: [5]}, {6}, "x"]; print(b)
print(repr([None, True, 1.5, 'q"', b'b']))
print(len([]), len([1, [2, 3]]), bool([]), bool([0]))
t("hash", lambda: hash([]))
t("unpack", lambda: [1, 2][3:] + [])
print(list.__name__, type([]).__name__, isinstance([], list))
x = [3, 1, 2]
print(sorted(x), x, list(reversed(x)), x[::-1])
it = iter(x); print(next(it)); x.append(9); print(list(it))
it = iter([1]); print(list(it), list(it))
# list() of a list subclass that overrides __iter__
class R(list):
    def __iter__(self): return iter([9, 9])
print(list(R([1, 2])), [*R([1])], tuple(R([1])))
