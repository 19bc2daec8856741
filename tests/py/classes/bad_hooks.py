# class attributes of the wrong kind where hooks are expected, and read-only type attributes
try:
    ok
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __getattribute__ = 5
    A().x
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __getattr__ = 5
    A().x
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __setattr__ = 5
    A().x = 1
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class D:
        __get__ = 5
    class A:
        d = D()
    A().d
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class D:
        __set__ = 5
    class A:
        d = D()
    A().d = 1
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class D:
        __set_name__ = 5
    class A:
        d = D()
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __init_subclass__ = 5
    class B(A): pass
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __slots__ = None
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __slots__ = 5
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __class_getitem__ = 5
    A[1]
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class M(type):
        __instancecheck__ = 5
    class A(metaclass=M): pass
    isinstance(1, A)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class M(type):
        __prepare__ = 5
    class A(metaclass=M): pass
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __new__ = 5
    A()
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __init__ = 5
    A()
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __dict__ = 5
    A().x = 1
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A:
        __class__ = 5
    isinstance(A(), int)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A: pass
    A.__bases__ = (object,)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A: pass
    A.__mro__ = ()
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A: pass
    A.__dict__ = {}
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A: pass
    del A.__doc__
    print(A.__doc__)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    class A: pass
    A.__module__ = 5
    print(repr(A))
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    type.__init__(5)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    type.__call__(5)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    object.__init_subclass__(5)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)

try:
    object.__new__(object, 1)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
