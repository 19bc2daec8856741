# builtins: type() of values, type comparisons, __name__ and calling types
print(type(1), type("s"), type(1.5), type(None), type([]), type({}))
print(type(()), type(set()), type(True), type(range(1)), type(b""))
print(type(1) == int, type(1) is int, type(True) == int, type(type(1)))
print(type(len).__name__ in ("builtin_function_or_method", "function"))
class K:
    pass
k = K()
print(type(k).__name__, type(k) is K, type(K).__name__)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
print(type(k)() is not k, type(k) == type(K()))
print(type(5)("12") + 1, type("")(42), type([])("ab"))
print(int.__name__, str.__name__, list.__name__, dict.__name__, bool.__name__)
print(type(int) is type, type(K) is type)
x = 3
if type(x) is int:
    print("x is an int")
values = [1, 2.0, "3", [4], (5,), None]
names = {}
for v in values:
    names[type(v).__name__] = names.get(type(v).__name__, 0) + 1
print(names)
class Sub(K):
    pass
print(type(Sub()) is K, type(Sub()) is Sub, isinstance(Sub(), K))
print(str(type(1)), repr(type("")))
