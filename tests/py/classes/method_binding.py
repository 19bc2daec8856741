# binding of functions, builtins and wrappers found on classes
class H:
    def m(self):
        return "m of " + type(self).__name__

h = H()
print(h.m == h.m, h.m is h.m, H.m is H.m)
print(h.m.__self__ is h, h.m.__func__ is H.m, h.m())
print(type(h.m).__name__, type(H.m).__name__)

# builtins stored in a class are not bound
class K:
    f = len
    g = staticmethod(len)
    h = abs
print(K().f("abc"), K().g("ab"), K.h(-3), K().h(-4))

# calling an unbound function with the wrong arguments
try:
    H.m()
except TypeError as e:
    print("TypeError", e)

# functions moved between classes bind to the new owner's instances
class Other:
    pass
Other.m = H.m
print(Other().m())

# bound methods keep their instance alive and compare by (func, self)
bm = H().m
print(bm(), bm == bm, H().m == H().m)

# methods of built-in types, bound and unbound
print([].append.__self__ == [], list.append.__name__, str.upper("x"), "y".upper())
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)

# functions are descriptors: __get__ builds the bound method
def free(self, x):
    return (type(self).__name__, x)
print(free.__get__(h)(1), free.__get__(h, H)(2), free.__get__(None, H) is free)
try:
    free.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
