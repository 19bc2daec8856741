# exceptions2: the except-as name is deleted after the handler; globals, closures and nested functions
e = 'global before'
try:
    raise ValueError('v')
except ValueError as e:
    pass
try:
    print(e)
except NameError as n:
    print('NameError', n)

def local_case():
    x = 1
    try:
        raise KeyError
    except KeyError as x:
        pass
    try:
        return x
    except UnboundLocalError as u:
        return 'UnboundLocalError: ' + str(u)
print(local_case())

def saved():
    try:
        raise IndexError('keep')
    except IndexError as err:
        kept = err
    return kept.args
print(saved())

def rebound_inside():
    try:
        raise KeyError
    except KeyError as err:
        err = 'rebound'
    try:
        return err
    except UnboundLocalError:
        return 'deleted even when rebound'
print(rebound_inside())

def deleted_inside():
    try:
        raise KeyError
    except KeyError as err:
        del err
    return 'fine'
print(deleted_inside())

def closure_case():
    try:
        raise ValueError('c')
    except ValueError as err:
        f = lambda: err
        try:
            print('inside', f().args)
        except NameError as n:
            print(n)
    try:
        f()
    except NameError as n:
        print('NameError', n)
closure_case()

def handler_return():
    try:
        raise KeyError('r')
    except KeyError as err:
        return err.args
print(handler_return())

def not_taken():
    err = 'kept'
    try:
        pass
    except KeyError as err:
        pass
    return err
print(not_taken())

class C:
    try:
        raise ValueError
    except ValueError as cls_err:
        seen = True
print(hasattr(C, 'cls_err'), C.seen)

for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as loop_err:
        pass
print('loop_err' in globals())
