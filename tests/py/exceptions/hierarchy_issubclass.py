# exceptions: built-in exception class hierarchy checked with issubclass
pairs = [
    ("ZeroDivisionError", ZeroDivisionError, ArithmeticError),
    ("OverflowError", OverflowError, ArithmeticError),
    ("ArithmeticError", ArithmeticError, Exception),
    ("KeyError", KeyError, LookupError),
    ("IndexError", IndexError, LookupError),
    ("LookupError", LookupError, Exception),
    ("UnboundLocalError", UnboundLocalError, NameError),
    ("NameError", NameError, Exception),
    ("NotImplementedError", NotImplementedError, RuntimeError),
    ("RecursionError", RecursionError, RuntimeError),
    ("ImportError", ImportError, Exception),
    ("OSError", OSError, Exception),
    ("StopIteration", StopIteration, Exception),
    ("Exception", Exception, BaseException),
    ("SystemExit", SystemExit, BaseException),
    ("KeyboardInterrupt", KeyboardInterrupt, BaseException),
    ("GeneratorExit", GeneratorExit, BaseException),
]
for name, sub, base in pairs:
    print(name, issubclass(sub, base))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(GeneratorExit, Exception))
print(issubclass(KeyError, IndexError), issubclass(TypeError, ValueError))
print(issubclass(ValueError, ValueError), issubclass(Exception, ValueError))
print(issubclass(BaseException, object), issubclass(ZeroDivisionError, BaseException))
print(issubclass(ZeroDivisionError, (KeyError, ArithmeticError)))
class AppError(Exception):
    pass
class DbError(AppError):
    pass
print(issubclass(DbError, AppError), issubclass(DbError, Exception), issubclass(AppError, DbError))
