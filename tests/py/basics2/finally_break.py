# basics2: break and continue inside finally blocks (allowed since 3.8) discard exceptions
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'after', i
print(f())
def g():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(g())
def h():
    n = 0
    while True:
        try:
            n += 1
            return 'ret'
        finally:
            if n < 3:
                continue
            break
    return 'broke', n
print(h())
def nested():
    log = []
    for i in range(2):
        for j in range(3):
            try:
                try:
                    raise IndexError
                finally:
                    log.append((i, j))
                    if j == 1:
                        break
            except IndexError:
                log.append('caught')
    return log
print(nested())
