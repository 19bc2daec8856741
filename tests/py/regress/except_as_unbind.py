# Guards: `except E as name:` unbinds name however the handler is left, including when an exception escapes its body.
def escape():
    try:
        try:
            raise ValueError
        except ValueError as exc:
            raise KeyError
    except KeyError:
        pass
    try:
        exc
    except NameError as n:
        print('escape: unbound', type(n).__name__)


def loop():
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            except ValueError as exc:
                if i == 1:
                    continue
                raise KeyError
        except KeyError:
            pass
        try:
            exc
            print('bound', i)
        except NameError:
            print('unbound', i)


def returned():
    try:
        raise ValueError('r')
    except ValueError as exc:
        return exc


def breaks():
    while True:
        try:
            raise ValueError
        except ValueError as exc:
            break
    try:
        exc
    except NameError:
        print('break: unbound')


def deleted_in_body():
    try:
        raise ValueError
    except ValueError as exc:
        del exc
    print('deleted in body: ok')


def rebound_after():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    exc = 5
    return exc


def nested_same_name():
    try:
        raise ValueError('outer')
    except ValueError as exc:
        try:
            raise TypeError('inner')
        except TypeError as exc:
            pass
        try:
            exc
        except NameError:
            print('nested: unbound after inner')


escape()
loop()
print(repr(returned()))
breaks()
deleted_in_body()
print(rebound_after())
nested_same_name()

try:
    try:
        raise ValueError
    except ValueError as gexc:
        raise KeyError
except KeyError:
    pass
print('gexc' in globals())


class K:
    try:
        raise ValueError
    except ValueError as kexc:
        pass
    print('kexc' in locals())
