# augmented assignment on subclasses of built-in types
class ML(list):
    pass
a = ML([1])
b = a
a += [2]
print(a, a is b, type(a).__name__)
a *= 2
print(a, a is b)
class MS(set):
    pass
s = MS({1})
t = s
s |= {2}
s -= {1}
s &= {2, 3}
s ^= {4}
print(sorted(s), s is t, type(s).__name__)
class MD(dict):
    pass
d = MD(a=1)
e = d
d |= {'b': 2}
print(sorted(d.items()), d is e, type(d).__name__)
class MT(tuple):
    pass
u = MT((1,))
v = u
u += (2,)
print(u, u is v, type(u).__name__)
class MStr(str):
    pass
w = MStr('a')
w += 'b'
print(w, type(w).__name__)
class MI(int):
    pass
i = MI(1)
i += 1
print(i, type(i).__name__)
# overriding __iadd__ in the subclass
class Logged(list):
    def __iadd__(self, o):
        print('Logged.__iadd__', o)
        return super().__iadd__(o)
lg = Logged()
lg += [1]
lg += (2,)
print(lg, type(lg).__name__)
# only __add__ overridden: += still mutates in place through list's __iadd__
class AddOnly(list):
    def __add__(self, o): return 'AddOnly.__add__'
ao = AddOnly([1])
ao2 = ao
ao += [2]
print(ao, ao is ao2, ao + [3])
# in-place on a list subclass with a non-list operand
x = ML([1])
x += 'ab'
print(x)
try:
    y = ML()
    y += 5
except TypeError as e:
    print(e)
