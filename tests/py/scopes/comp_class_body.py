# scopes: comprehensions in class bodies see class variables only in the first iterable
class A:
    base = [1, 2, 3]
    factor = 10
    first_only = [b for b in base]
    try:
        uses_factor = [b * factor for b in base]
    except NameError as e:
        uses_factor = 'NameError: ' + str(e)
    try:
        second_iter = [b for b in base for c in base]
    except NameError as e:
        second_iter = 'NameError: ' + str(e)
    try:
        in_filter = [b for b in base if b > factor]
    except NameError as e:
        in_filter = 'NameError: ' + str(e)
print(A.first_only, A.uses_factor, A.second_iter, A.in_filter)
# globals are visible from the comprehension
factor = 2
class B:
    base = [1, 2]
    factor = 100
    doubled = [b * factor for b in base]   # the global factor
print(B.doubled)
# the enclosing function's locals are visible
def make():
    scale = 3
    class C:
        vals = [1, 2]
        scaled = [v * scale for v in vals]
    return C.scaled
print(make())
# dict and set comprehensions follow the same rule
class D:
    keys = 'ab'
    m = {k: k.upper() for k in keys}
    s = {k * 2 for k in keys}
print(D.m, sorted(D.s))
# comprehension variables do not become class attributes
class E:
    out = [tmp for tmp in range(2)]
print(hasattr(E, 'tmp'), E.out)
# lambdas in a class body cannot see class variables either
class F:
    v = 'class v'
    get = staticmethod(lambda: v)
v = 'global v'
print(F.get())
