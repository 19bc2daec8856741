# a right operand whose type subclasses the left's and overrides the reflected method goes first
class A:
    def __add__(self, o): return 'A.add'
    def __radd__(self, o): return 'A.radd'
    def __mul__(self, o): return 'A.mul'
    def __rmul__(self, o): return 'A.rmul'
class B(A):
    def __radd__(self, o): return 'B.radd'
class C(A):
    pass
class D(B):
    pass
print(A() + B())
print(B() + A())
print(A() + C())
print(A() + D())
print(A() * B())
# the subclass's reflected returning NotImplemented falls back to the forward
class E(A):
    def __radd__(self, o): return NotImplemented
print(A() + E())
# subclass of a built-in
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __rsub__(self, o): return 'MyInt.rsub'
print(1 + MyInt(5), 1 - MyInt(5), 1 * MyInt(5))
print(MyInt(5) + 1, MyInt(2) * 3)
class MyFloat(float):
    def __rtruediv__(self, o): return 'MyFloat.rtruediv'
print(1.0 / MyFloat(2.0), 1 / MyFloat(2.0), MyFloat(4.0) / 2)
class MyStr(str):
    def __radd__(self, o): return 'MyStr.radd'
print('a' + MyStr('b'))
class MyList(list):
    def __radd__(self, o): return 'MyList.radd'
print([1] + MyList([2]))
# unrelated types: left first
class X:
    def __add__(self, o): return 'X.add'
class Y:
    def __radd__(self, o): return 'Y.radd'
print(X() + Y())
# comparisons: reflected of the subclass first
class P:
    def __lt__(self, o): return 'P.lt'
    def __gt__(self, o): return 'P.gt'
class Q(P):
    def __gt__(self, o): return 'Q.gt'
print(P() < Q(), Q() < P(), P() > Q())
class Q2(P):
    pass
print(P() < Q2())
