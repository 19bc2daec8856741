# builtins: isinstance and issubclass with built-in types, tuples and user classes
print(isinstance(1, int), isinstance(1.0, int), isinstance(1.0, float))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance(b"s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(None, type(None)), isinstance(None, object), isinstance(1, object))
print(isinstance(1, (str, int)), isinstance(1, (str, float)), isinstance(1, ()))
print(isinstance(range(1), range), isinstance(len, object))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
c = C()
print(isinstance(c, C), isinstance(c, B), isinstance(c, A), isinstance(c, object))
print(isinstance(A(), B), isinstance(c, (int, A)))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(C, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError bad second arg")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError bad first arg")
print(isinstance(A, type), isinstance(int, type), isinstance(c, type))
print([type(x).__name__ for x in [1, "a", 1.5, None, [], {}, (), A()]])
