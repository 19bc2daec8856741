# exceptions2: the else clause runs only without an exception, is not protected by its handlers, and runs before finally
log = []
def run(raise_in_try, raise_in_else):
    try:
        try:
            log.append('try')
            if raise_in_try:
                raise KeyError('try')
        except KeyError:
            log.append('except')
        else:
            log.append('else')
            if raise_in_else:
                raise KeyError('else')
        finally:
            log.append('finally')
    except KeyError as e:
        log.append('outer ' + e.args[0])
for a in (False, True):
    for b in (False, True):
        run(a, b)
        print(a, b, log)
        log.clear()
# else with loops inside try
def loop_else():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
        except Exception:
            out.append('never')
        else:
            out.append('else %d' % i)
    return out
print(loop_else())
# else's return is overridden by finally's return
def ret():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        log.append('fin')
print(ret(), log)
log.clear()
# an exception in else gets no context (nothing is being handled)
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise ValueError('in else')
except ValueError as e:
    print(e.__context__)
# a handler's exception does not run else
def h():
    try:
        raise ValueError
    except ValueError:
        log.append('h')
    else:
        log.append('else')
    return log
print(h())
log.clear()
# break in else of try inside a loop
for i in range(5):
    try:
        pass
    except Exception:
        pass
    else:
        if i == 2:
            break
print('stopped at', i)
