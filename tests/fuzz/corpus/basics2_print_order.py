# basics2: print writes piece by piece: write() calls on a Python file object, __str__ that prints or raises
class F:
    def __init__(self): self.log = []
    def write(self, s): self.log.append(s)
f = F()
print('a', 1, 'b', file=f)
print(file=f)
print('x', end='', file=f)
print('p', 'q', sep='', end='!', file=f)
print(f.log)
class S:
    def __str__(self):
        print('inside')
        return 'S'
print('a', S(), 'b')
class Bad:
    def __str__(self): raise ValueError('no')
try:
    print('before', Bad(), 'after')
except ValueError:
    print('|caught')
print('é', 2.5, None, [1], sep='-')
