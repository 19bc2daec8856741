# types: None singleton: identity, truthiness, repr, equality and use as default
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False, None == "")
print(bool(None), not None)
def f():
    pass
x = f()
print(x is None)
d = {"k": None}
print(d.get("k") is None, d.get("missing") is None, "k" in d)
print([None] * 3, (None,), {None: None})
lst = [1, None, 2, None]
print([v for v in lst if v is not None], lst.count(None))
try:
    None + 1
except TypeError:
    print("TypeError None + 1")
try:
    x()
except TypeError:
    print("TypeError calling None")
try:
    x[0]
except TypeError:
    print("TypeError subscripting None")
try:
    None.attr
except AttributeError:
    print("AttributeError")
try:
    None < 1
except TypeError:
    print("TypeError comparing None")
result = None
for v in [3, 8, 5]:
    if result is None or v > result:
        result = v
print(result)
print(f"{None}", str(None) + "!")
