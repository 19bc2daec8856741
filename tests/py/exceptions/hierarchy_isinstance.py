# exceptions: built-in exception instances checked against base classes with isinstance
cases = [
    (ZeroDivisionError(), ArithmeticError),
    (OverflowError(), ArithmeticError),
    (KeyError(), LookupError),
    (IndexError(), LookupError),
    (UnboundLocalError(), NameError),
    (NotImplementedError(), RuntimeError),
    (RecursionError(), RuntimeError),
    (OSError(), Exception),
    (StopIteration(), Exception),
    (AssertionError(), Exception),
    (AttributeError(), Exception),
    (ImportError(), Exception),
    (TypeError(), Exception),
    (ValueError(), Exception),
    (SyntaxError(), Exception),
    (MemoryError(), Exception),
    (KeyboardInterrupt(), BaseException),
    (SystemExit(), BaseException),
    (Exception(), BaseException),
]
for exc, base in cases:
    print(type(exc).__name__, base.__name__, isinstance(exc, base))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), Exception))
print(isinstance(KeyError(), IndexError), isinstance(ValueError(), TypeError))
print(isinstance(ZeroDivisionError(), (TypeError, ArithmeticError)))
print(isinstance(IndexError(), (KeyError, ValueError)))
try:
    {}[1]
except Exception as e:
    print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, BaseException))
