# json.dumps: every value kind, separators, indent, sort_keys, ensure_ascii, allow_nan, default, skipkeys
import json
print(json.dumps([1, 2.5, "a\u00e9\n\"x\\", None, True, False, {"k": [1, {}], "z": []}, (1, 2)]))
print(json.dumps({"b": 1, "a": [1, 2, {"c": ()}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent="--"))
print(json.dumps({"a": [1]}, indent=0))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(',', ':')))
print(json.dumps({"b": 1}, indent=1, separators=(' ,', ' = ')))
print(json.dumps("\U0001f600\x7f\x01\x1f\b\f\r\t/"), json.dumps("\U0001f600\x7fé\x00", ensure_ascii=False))
print(json.dumps({1: 2, 2.5: 3, None: 4, True: 5, False: 6, -7: 8}))
print(json.dumps(10**30), json.dumps(-10**30), json.dumps(float('inf')), json.dumps(-float('inf')))
print(json.dumps(float('nan')), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1), json.dumps(1e-7))
print(json.dumps(""), json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]], indent=2))
class L(list): pass
class D(dict): pass
class I(int): pass
class F(float): pass
class S(str): pass
print(json.dumps([L([1]), D(a=1), I(5), F(2.5), S("s")]))
print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True))
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True))
print(json.dumps([complex(1, 2), {1, 2}], default=lambda o: str(o) if isinstance(o, complex) else sorted(o)))
print(json.dumps({"a": 1}, indent=None, separators=None))
for bad in [set(), b'x', object, complex(1, 1)]:
    try:
        json.dumps([bad])
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(float('nan'),), ([float('inf')],), ({"a": -float('inf')},)]:
    for ind in (None, 2):
        try:
            json.dumps(*args, allow_nan=False, indent=ind)
        except ValueError as e:
            print(type(e).__name__, e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["x"] = [d]
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps(object(), default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
shared = [1]
print(json.dumps([shared, shared]))
deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print(type(e).__name__)
