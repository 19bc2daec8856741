# basics2: exceptions raised in else blocks are not caught by the same try's handlers
def f(fail):
    try:
        try:
            x = 1
        except ValueError:
            return 'inner handler'
        else:
            if fail:
                raise ValueError('from else')
            return 'else ok'
        finally:
            print('finally runs')
    except ValueError as e:
        return 'outer caught: %s' % e
print(f(False))
print(f(True))
def g():
    log = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError
        except KeyError:
            log.append('exc%d' % i)
        else:
            log.append('else%d' % i)
            if i == 2:
                break
        finally:
            log.append('fin%d' % i)
    else:
        log.append('loop-else')
    return log
print(g())
def h():
    try:
        pass
    except:
        pass
    else:
        return 'else-return'
    finally:
        print('h finally')
print(h())
