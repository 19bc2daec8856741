# C3 method resolution order, mro(), __mro__, __bases__, and MRO errors
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(seq):
    return [c.__name__ for c in seq]

print(names(Z.__mro__))
print(names(Z.mro()))
print(names(Z.__bases__))
print(type(Z.mro()).__name__, type(Z.__mro__).__name__)
print(names(object.__mro__), object.__bases__)
print(Z.__base__.__name__, object.__base__)

try:
    class Bad(A, K1): pass
except TypeError as e:
    print("TypeError", e)

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX): pass
except TypeError as e:
    print("TypeError", e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)

# diamond
class Top:
    def who(self): return "Top"
class L(Top):
    def who(self): return "L>" + super().who()
class R(Top):
    def who(self): return "R>" + super().who()
class Bottom(L, R):
    def who(self): return "Bottom>" + super().who()
print(Bottom().who())
print(names(Bottom.__mro__))

# builtins
print(names(bool.__mro__), names(int.__bases__))
print(names(type.mro(Bottom)))
