# quickened small-int arithmetic and compare-and-branch: signs, overflow into bigints, mixed types
N = 200
vals = [0, 1, -1, 2, -2, 7, -7, 13, -13, 2**30, -2**30, 2**61, -2**61, 2**62 - 1, -2**62, 2**63, -2**63 - 1]


def ops(xs):
    out = []
    for a in xs:
        for b in xs:
            out.append(a * b)
            if b != 0:
                out.append(a // b)
                out.append(a % b)
            out.append(a + b)
            out.append(a - b)
            out.append(a < b)
            out.append(a == b)
    return out


r = None
for _ in range(3):
    r = ops(vals)
print(len(r), sum(x for x in r if not isinstance(x, bool)) % 1000003, r[:40])
try:
    ops([1, 0])
except ZeroDivisionError:
    pass
try:
    [x // 0 for x in range(5)]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    [x % 0 for x in range(5)]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def branch(xs, lim):
    n = 0
    for x in xs:
        if x < lim:
            n += 1
        if x == lim:
            n += 100
        if not (x > lim):
            n += 10000
    return n


print(branch(list(range(N)), 50), branch([1.5, 2.5, 50, 50.0, "a" == "a"], 50))


class Cmp:
    def __lt__(self, other):
        return "truthy"     # not a bool: the branch asks for its truth

    def __eq__(self, other):
        return []

    def __gt__(self, other):
        return 0


print(branch([Cmp()] * 3, 1))
s1 = "ab"
s2 = "".join(["a", "b"])
print([s1 == s2, s1 != s2, "ab" == "ab", "ab" != "ba"] * 2)
l = list(range(10))
t = tuple(range(10))
print([l[i] for i in range(-10, 10)][::3], [t[i] for i in range(-10, 10)][::3])
for bad in (10, -11, 2**70):
    try:
        l[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
print(l[True], t[False], [l[i] for i in [True, False]])


class MyList(list):
    def __getitem__(self, i):
        return "mine"


print([MyList([1])[0] for _ in range(N)][-1])
