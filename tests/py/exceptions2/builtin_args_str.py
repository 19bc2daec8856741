# exceptions2: args, str() and repr() of every built-in exception class with 0, 1, 2 and 3 arguments
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
           StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError,
           OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
           EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError,
           MemoryError, NameError, UnboundLocalError, ReferenceError, RuntimeError,
           NotImplementedError, RecursionError, SystemError, TypeError, ValueError,
           UnicodeError, Warning, DeprecationWarning, PendingDeprecationWarning,
           RuntimeWarning, SyntaxWarning, UserWarning, FutureWarning, ImportWarning,
           UnicodeWarning, BytesWarning, ResourceWarning]
for cls in classes:
    for args in ((), ('msg',), (1, 'two'), ('a', None, 3.5)):
        e = cls(*args)
        print(cls.__name__, e.args, repr(str(e)), repr(e))
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, Exception))
