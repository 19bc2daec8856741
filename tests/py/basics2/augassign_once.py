# basics2: augmented assignment on subscripts and attributes evaluates the target only once
log = []
class L(list):
    def __getitem__(self, i):
        log.append(('get', i))
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        log.append(('set', i, v))
        list.__setitem__(self, i, v)
def idx(i):
    log.append(('idx', i))
    return i
def obj(o):
    log.append('obj')
    return o
l = L([1, 2, 3])
obj(l)[idx(1)] += 10
print(l, log)
log.clear()
class A:
    def __init__(self):
        self.__dict__['v'] = 1
    def __getattr__(self, n):
        log.append(('getattr', n))
        return 0
    def __setattr__(self, n, v):
        log.append(('setattr', n, v))
        self.__dict__[n] = v
a = A()
obj(a).v += 5
obj(a).w -= 1
print(a.v, a.w, log)
log.clear()
d = {'k': [1]}
obj(d)[idx('k')] += [2]
print(d, log)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t)
x = [1, 2, 3, 4]
x[1:3] += ['a']
print(x)
s = 'ab'
s *= 3
print(s)
n = 7
n //= 2; n **= 3; n %= 5; n <<= 2; n |= 1; n ^= 3; n &= 14; n >>= 1
print(n)
