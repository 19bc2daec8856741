# basics2: loops with else/break/continue/finally combinations, 100k-iteration loops, deep finally, operator precedence
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
# while/else/break/continue combos
def w1():
    out = []
    i = 0
    while i < 5:
        i += 1
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append('else')
    return out
show(w1)
def w2():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 1:
                break
            out.append((i, j))
        else:
            out.append('inner-else')
    else:
        out.append('outer-else')
    return out
show(w2)
def w3():
    for i in []:
        pass
    else:
        return 'empty-else', 'i' in dir()
show(w3)
def w4():
    while False:
        pass
    else:
        return 'while-else'
show(w4)
def w5():
    l = [1, 2, 3]
    for x in l:
        l.append(x) if len(l) < 6 else None
    return l
show(w5)
def w6():
    i = 10
    for i in range(3):
        pass
    return i
show(w6)
def w7():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
show(w7)
def w8():
    x = 0
    while True:
        x += 1
        try:
            if x == 3:
                break
        finally:
            if x == 3:
                x = 100
    return x
show(w8)
def w9():
    r = []
    for a, b in zip(range(3), 'xyz'):
        r.append(a)
        r.append(b)
    return r
show(w9)
def w10():
    r = []
    for r_item in r:
        pass
    for d in [{'k': 1}, {'k': 2}]:
        d['k'] *= 10
    return d
show(w10)
def w11():
    d = {'a': 1, 'b': 2}
    for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
        d[k + k] = v
    return d
show(w11)
def w12():
    res = []
    i = 0
    while i < 3:
        j = 0
        while j < 3:
            j += 1
            if j == 2: continue
            if i == 1: break
            res.append((i, j))
        i += 1
    return res
show(w12)
def w13():
    total = 0
    for i in range(100000):
        total += i
    return total
show(w13)
def w14():
    l = [{'i': i, 's': str(i)} for i in range(100000)]
    return len(l), l[-1]
show(w14)
def w15():
    def r(n):
        return n if n == 0 else r(n - 1) + 1
    return r(20)
show(w15)
def w16():
    try:
        try:
            try:
                raise ValueError('deep')
            finally:
                print('f1')
        finally:
            print('f2')
    except ValueError as e:
        return 'caught', str(e)
show(w16)
def w17():
    if 0: pass
    elif []: pass
    elif None: pass
    else:
        return 'else'
show(w17)
x = 5
y = 'big' if x > 3 else 'small' if x > 1 else 'tiny'
print(y)
print(1 if 0 else 2 if 0 else 3)
print([i for i in range(10) if i % 2 if i % 3])
print(not 1 == 2, not (1 == 2), -2 ** 2, (-2) ** 2, 2 ** -1 ** 2, 2 ** 3 ** 2)
print(1 + 2 * 3 - 4 / 2 // 1 % 3, 7 - 3 - 2, 2 * 3 % 4, 1 | 2 ^ 3 & 4, 1 << 2 + 1)
print(True + True * 2, ~5 & 0xF, -~5, ~-5, not not 5)
print(1 < 2 and 2 < 3 or 4, (lambda: 1 or 2)(), 0 or 0.0 or '' or None)
