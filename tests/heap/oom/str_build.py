# MemoryError while building strings (+, join, repeat, format) is catchable, and the interpreter carries on
def double(s, n):
    for i in range(n):
        s = s + s
    return len(s)
def parts(n):
    return len(''.join([str(i) for i in range(n)]))
def fmt(n):
    return len('%s-%s' % ('y' * n, 'z' * n))
for f, n in ((double, 23), (parts, 200000), (fmt, 2000000)):
    try:
        f('ab', n) if f is double else f(n)
    except MemoryError:
        pass
    print('%d:%s' % (n, 'ok'), str(12345)[1:3])
