# errors: the built-in exception hierarchy, aliases, args of common exceptions and custom __init__/__new__
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError),
      issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError),
      issubclass(FileNotFoundError, OSError), issubclass(IndentationError, SyntaxError),
      issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception),
      issubclass(SystemExit, BaseException), IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in KeyError.__mro__])
print(ValueError('a', 'b').args, str(ValueError('a', 'b')), repr(OSError(2, 'No such file')),
      str(OSError(2, 'No such file')), OSError(2, 'x').errno, StopIteration(5).value, SystemExit(3).code)
class MyExc(Exception):
    def __init__(self):
        pass
class MyExc2(Exception):
    def __init__(self, a, b):
        self.a = a
class MyExc3(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, 'fixed')
print(MyExc().args, repr(str(MyExc())), MyExc2(1, 2).args, str(MyExc2(1, 2)), MyExc3(1).args)
def tb():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__ is not None
print(ValueError(1).__traceback__, tb())
