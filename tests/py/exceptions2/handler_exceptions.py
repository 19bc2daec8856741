# exceptions2: exceptions raised inside handlers, else and finally replace the original, with context
def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names
def in_handler():
    try:
        raise KeyError
    except KeyError:
        raise ValueError
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise TypeError
def in_finally_after_exc():
    try:
        raise KeyError
    finally:
        raise IndexError
def in_finally_after_return():
    try:
        return 1
    finally:
        raise OSError
def in_nested_handler():
    try:
        raise KeyError
    except KeyError:
        try:
            raise ValueError
        except ValueError:
            raise TypeError
def handler_catches_own():
    try:
        raise KeyError
    except KeyError:
        try:
            raise ValueError
        except ValueError:
            pass
        raise
def second_clause_not_used():
    try:
        raise KeyError
    except KeyError:
        raise ValueError
    except ValueError:
        return 'not reached: handlers do not catch siblings'
for fn in (in_handler, in_else, in_finally_after_exc, in_finally_after_return, in_nested_handler,
           handler_catches_own, second_clause_not_used):
    try:
        print(fn.__name__, fn())
    except Exception as e:
        print(fn.__name__, chain(e))
