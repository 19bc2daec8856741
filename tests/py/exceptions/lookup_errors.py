# exceptions: KeyError and IndexError from dicts, lists, tuples, strings and ranges
d = {"a": 1}
for key in ["a", "b", 0, (1, 2)]:
    try:
        print(key, d[key])
    except KeyError as e:
        print("KeyError", e.args)
seqs = [[1, 2, 3], (1, 2, 3), "abc", range(3)]
for s in seqs:
    for idx in [2, 3, -3, -4]:
        try:
            s[idx]
            print(type(s).__name__, idx, "ok")
        except IndexError:
            print(type(s).__name__, idx, "IndexError")
try:
    [1, 2][5] = 0
except IndexError as e:
    print("IndexError on assignment")
try:
    del [1][3]
except IndexError:
    print("IndexError on del")
try:
    d.pop("zz")
except KeyError:
    print("KeyError from pop")
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("KeyError from set.remove", e.args)
try:
    [].pop()
except IndexError:
    print("IndexError from pop")
try:
    "abc"[10]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
print(d.get("zz", "safe"), [1, 2][5:], "abc"[10:])
