# Guards: leaving an except block (normally, by return/break/continue, or by an escaping exception) restores the handled exception, so a later exception gets no stale __context__.
def chk(tag, f):
    try:
        f()
    except Exception as e:
        c = e.__context__
        print(tag, type(e).__name__, None if c is None else type(c).__name__)


def after_pass():
    try:
        raise ValueError
    except ValueError:
        pass
    raise KeyError


def returner():
    try:
        raise ValueError
    except ValueError:
        return 1


def after_return():
    returner()
    raise KeyError


def after_loop():
    for i in range(2):
        try:
            raise ValueError
        except ValueError:
            if i == 0:
                continue
            break
    raise KeyError


def inside():
    try:
        raise ValueError
    except ValueError:
        raise KeyError


def after_escape():
    try:
        try:
            raise ValueError
        except ValueError:
            raise KeyError
    except KeyError:
        pass
    raise IndexError


def nested_inner_done():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        raise KeyError


def finally_return():
    try:
        pass
    finally:
        try:
            raise ValueError
        except ValueError:
            return 2


def after_finally_return():
    finally_return()
    raise KeyError


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return True


def after_with_swallow():
    with CM():
        raise ValueError
    raise KeyError


def with_in_handler():
    try:
        raise ValueError
    except ValueError:
        with CM():
            raise TypeError
    raise KeyError


class A:
    def __getattr__(self, n):
        try:
            raise KeyError
        except KeyError:
            raise AttributeError(n)


def after_hasattr():
    hasattr(A(), 'x')
    raise KeyError


def in_nested_handler():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            raise KeyError


chk('pass', after_pass)
chk('return', after_return)
chk('loop', after_loop)
chk('inside', inside)
chk('escape', after_escape)
chk('nested', nested_inner_done)
chk('finally', after_finally_return)
chk('with', after_with_swallow)
chk('with in handler', with_in_handler)
chk('hasattr', after_hasattr)
chk('nested handler', in_nested_handler)

try:
    raise ValueError
except ValueError:
    pass
try:
    {}['a']
except KeyError as e:
    print('module level', e.__context__)
