# != on a class that defines only __eq__: object's __ne__ inverts it, but a
# built-in base's own __ne__ (float, int, list, str) is found first and ignores it.
class F(float):
    def __eq__(self, other):
        return "F.eq"
    __hash__ = float.__hash__

print(F(1.0) != 2.0, 2.0 != F(1.0), F(1.0) != 1.0, F(1.0) == 2.0)

class L(list):
    def __eq__(self, other):
        return True

print(L([1]) != [2], L([1]) != [1], L([1]) == [2])

class S(str):
    def __eq__(self, other):
        return False
    __hash__ = str.__hash__

print(S("a") != "a", S("a") != "b")

class P:
    def __eq__(self, other):
        return "yes"

print(P() != P(), P() != 1)

class Q:
    def __eq__(self, other):
        return NotImplemented

q = Q()
print(q != q, q != Q())

class R(int):
    pass

class T(R):
    def __eq__(self, other):
        return 0

print(T(3) != 3, T(3) != 4)
