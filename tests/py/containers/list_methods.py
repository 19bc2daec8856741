# containers: every list method with normal and error cases (wrong types, out-of-range values)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3]
a.append(4); print(a)
t("append0", lambda: [].append())
t("append2", lambda: [].append(1, 2))
a.extend([5, 6]); a.extend((7,)); a.extend(range(8, 10)); a.extend("ab"); a.extend({}); print(a)
a.extend(x for x in [10, 11]); print(a)
b = [1, 2]; b.extend(b); print(b)
t("extend int", lambda: [].extend(5))
t("extend none", lambda: [].extend(None))
a = [1, 2, 3]
a.insert(0, 0); a.insert(100, 99); a.insert(-1, 'm'); a.insert(-100, 'f'); print(a)
a.insert(True, 't'); print(a)
t("insert big", lambda: a.insert(10**30, 'big'))
t("insert nbig", lambda: a.insert(-10**30, 'big'))
t("insert str", lambda: [].insert('a', 1))
t("insert float", lambda: [].insert(1.0, 1))
t("insert 1arg", lambda: [].insert(1))
a = [1, 2, 3, 4, 5]
print(a.pop(), a.pop(0), a.pop(-1), a.pop(True), a)
t("pop empty", lambda: [].pop())
t("pop range", lambda: [1].pop(5))
t("pop range neg", lambda: [1].pop(-2))
t("pop str", lambda: [1].pop('a'))
t("pop float", lambda: [1].pop(1.5))
t("pop big", lambda: [1].pop(10**30))
t("pop 2args", lambda: [1].pop(1, 2))
a = [1, 2, 3, 2]
a.remove(2); print(a)
t("remove missing", lambda: [1].remove(5))
t("remove none", lambda: [].remove())
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(3, 0, 3), a.index(2, -3, 10**20))
t("index missing", lambda: a.index(7))
t("index missing str", lambda: a.index('x'))
t("index range", lambda: a.index(1, 1, 4))
t("index float start", lambda: a.index(1, 1.0))
t("index str stop", lambda: a.index(1, 0, 'a'))
t("index none", lambda: a.index(1, None))
t("index noargs", lambda: a.index())
print(a.count(1), a.count(2), a.count(9), [1, 1.0, True].count(1), [[1]].count([1]))
t("count noargs", lambda: a.count())
c = a.copy(); print(c, c is a, c == a)
t("copy arg", lambda: a.copy(1))
a.clear(); print(a, c)
t("clear arg", lambda: a.clear(1))
c.reverse(); print(c)
t("reverse arg", lambda: c.reverse(1))
print([].reverse(), [1].copy())
# equality-driven methods with NaN identity
n = float('nan'); l = [n]
print(n in l, l.count(n), l.index(n), l == [n])
# methods on subclasses
class L(list):
    pass
s = L([3, 1, 2]); s.sort(); print(s, type(s).__name__, type(s.copy()).__name__)
print(type(s + s).__name__, type(s * 2).__name__, type(s[:]).__name__)
# descriptor style calls
print(list.sort.__name__)
t("unbound wrong self", lambda: list.append((), 1))
t("unbound no self", lambda: list.append())
x = []; list.append(x, 5); print(x)
