# errors: raise ... from cause, raise ... from None, __cause__, __context__ and __suppress_context__
def show(e):
    print(type(e).__name__, e.args, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError as k:
        raise ValueError('conv') from k
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError('hidden') from None
except RuntimeError as e:
    show(e)
try:
    raise ValueError('x') from TypeError('cause')
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)
try:
    raise KeyError from 5
except TypeError as e:
    print('TypeError', e)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('k')
print(repr(e.__cause__))
