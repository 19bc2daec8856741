# exceptions2: handlers match by class hierarchy; the first matching clause wins; user hierarchies
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError as e:
        return 'LookupError ' + type(e).__name__
    except ArithmeticError as e:
        return 'ArithmeticError ' + type(e).__name__
    except OSError as e:
        return 'OSError ' + type(e).__name__
    except Exception as e:
        return 'Exception ' + type(e).__name__
    except BaseException as e:
        return 'BaseException ' + type(e).__name__
for exc in (KeyError, IndexError, LookupError, ZeroDivisionError, OverflowError,
            FileNotFoundError, PermissionError, TimeoutError, ValueError, UnicodeError,
            RecursionError, NotImplementedError, KeyboardInterrupt, SystemExit, GeneratorExit,
            ModuleNotFoundError, UnboundLocalError, TabError, StopIteration, ConnectionResetError):
    print(exc.__name__, '->', which(exc))
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError, OSError): pass
for exc in (AppError, DbError, NetError):
    print(exc.__name__, '->', which(exc), [c.__name__ for c in exc.__mro__])
def order():
    try:
        raise DbError('db')
    except AppError:
        return 'base clause first'
    except DbError:
        return 'never'
print(order())
# a handler for a subclass does not catch the base
try:
    try:
        raise AppError('base')
    except DbError:
        print('wrong')
except AppError as e:
    print('outer caught', e)
# exception instances of a class with a metaclass-free multiple base
try:
    raise NetError(5, 'net down')
except OSError as e:
    print(type(e).__name__, e.args, e.errno, e.strerror)
