# isinstance / issubclass with types, tuples and nested tuples
class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, (A,)))))
print(isinstance(b, ()), isinstance(1, (str, (bytes, (float, int)))))
print(issubclass(B, (C, A)), issubclass(B, ((C,), (B,))), issubclass(C, (A, B)))
print(issubclass(bool, int), issubclass(bool, (str, (object,))))
print(isinstance(True, int), isinstance(3, bool), isinstance(int, type))
print(isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))

for args in [(1, 1), (1, (int, 1)), (b, [A])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), (B, 1), (B, (A, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)

# __class__ is consulted by isinstance when it differs
class Proxy:
    @property
    def __class__(self):
        return A
p = Proxy()
print(isinstance(p, A), isinstance(p, Proxy), type(p).__name__)
