# basics2: bare raise, re-raise after nested handlers, tuple matching, assert messages, SystemExit caught
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def bare_raise():
    raise
def reraise():
    try:
        raise ValueError('x')
    except ValueError:
        try:
            raise
        except ValueError as e:
            return 'reraised', e.args
def raise_after_handled():
    try:
        raise KeyError('k')
    except KeyError:
        pass
    raise
def nested_bare():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
def tuple_match():
    try:
        raise IndexError
    except (KeyError, IndexError, ValueError) as e:
        return type(e).__name__
def bad_match():
    try:
        raise ValueError
    except 5:
        pass
def raise_non_exc():
    raise 5
def raise_class():
    raise ValueError
def raise_plain_class():
    class X: pass
    raise X
def assert_msg():
    assert 1 == 2, 'msg %d' % 3
def assert_nomsg():
    assert []
def exit_exc():
    raise SystemExit('bye')
def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('fin')
def loop_break_in_except():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            break
    try:
        raise
    except RuntimeError as e:
        return str(e)
def handler_order():
    try:
        raise KeyError('k')
    except LookupError:
        return 'LookupError first'
    except KeyError:
        return 'KeyError'
for f in (bare_raise, reraise, raise_after_handled, nested_bare, tuple_match, bad_match,
          raise_non_exc, raise_class, raise_plain_class, assert_msg, assert_nomsg, exit_exc,
          return_in_except, loop_break_in_except, handler_order):
    show(f)
