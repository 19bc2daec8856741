# exceptions2: break/continue/return through try/except/else/finally inside for and while loops
def collect(items):
    out = []
    for x in items:
        try:
            if x == 'skip':
                continue
            if x == 'stop':
                break
            if x == 'bad':
                raise ValueError(x)
            out.append(x)
        except ValueError as e:
            out.append('handled ' + e.args[0])
            continue
        else:
            out.append('else ' + x)
        finally:
            out.append('fin ' + x)
    else:
        out.append('loop else')
    return out
print(collect(['a', 'skip', 'bad', 'b']))
print(collect(['a', 'stop', 'b']))
def while_version():
    out, n = [], 0
    while n < 5:
        n += 1
        try:
            if n == 2:
                continue
            if n == 4:
                raise KeyError(n)
        except KeyError:
            out.append('key %d' % n)
            break
        finally:
            out.append('f%d' % n)
        out.append(n)
    else:
        out.append('no break')
    return out
print(while_version())
def return_from_except_in_loop():
    for i in range(5):
        try:
            1 / (i - 2)
        except ZeroDivisionError:
            return 'returned at %d' % i
        finally:
            print('finally', i)
print(return_from_except_in_loop())
def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                out.append((i, j))
            finally:
                out.append('f%d%d' % (i, j))
        else:
            out.append('inner else')
    return out
print(nested_loops())
def continue_in_except():
    total = 0
    for v in ['1', 'x', '3', None, '5']:
        try:
            total += int(v)
        except ValueError:
            continue
        except TypeError:
            break
    return total
print(continue_in_except())
