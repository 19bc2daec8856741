# errors: the `except E as name` variable is deleted after the handler, even if bound before
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as ex:
    print('NameError', ex)
def f():
    err = 1
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as ex:
        return 'UnboundLocalError: ' + str(ex)
print(f())
def g():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as k:
            if i == 0:
                continue
            return 'returned', k.args
print(g())
def h():
    try:
        raise TypeError('t')
    except TypeError as t:
        saved = t
    return saved.args, 't' in dir()
print(h())
