# exceptions2: break and continue in finally swallow exceptions and override returns
def b1():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            break
    return 'b1', i
def b2():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
def b3():
    for i in range(3):
        try:
            return 'returned %d' % i
        finally:
            break
    return 'after break', i
def b4():
    n = 0
    while n < 10:
        n += 1
        try:
            if n == 3:
                raise IndexError
        except IndexError:
            raise RuntimeError('from handler')
        finally:
            if n == 3:
                break
    return 'b4', n
def b5():
    # the exception swallowed by break does not become the context of a later one
    for i in range(1):
        try:
            raise KeyError('swallowed')
        finally:
            break
    try:
        raise ValueError('later')
    except ValueError as e:
        return 'b5', e.__context__
def b6():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    raise ValueError
                out.append((i, j))
            finally:
                if j == 1:
                    break
    return out
def b7():
    out = []
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            finally:
                out.append('inner')
                continue
        finally:
            out.append('outer %d' % i)
    return out
def b8():
    out = []
    i = 0
    while i < 3:
        i += 1
        try:
            continue
        finally:
            out.append(i)
    else:
        out.append('else')
    return out
def b9():
    out = []
    for i in range(3):
        try:
            break
        finally:
            out.append('finally %d' % i)
    else:
        out.append('not reached')
    return out
def b10():
    # break in finally inside an except handler: the handled exception is cleared
    import sys
    for i in range(1):
        try:
            raise KeyError
        except KeyError:
            try:
                raise ValueError
            finally:
                break
    return 'b10', sys.exc_info()[0]
for b in (b1, b2, b3, b4, b5, b6, b7, b8, b9, b10):
    print(b.__name__, b())
