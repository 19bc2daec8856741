# types2: print with sep='' and end='', None values, sep/end errors, file=sys.stdout
import sys
print('a', 'b', sep='')
print('a', 'b', end='')
print()
print(1, 2, 3, sep='-', end='|\n')
print(sep='x')
print('x', sep=None, end=None)
print('only', end='')
print('', end='\n')
print(*[1, 2, 3], sep=', ')
print(*'abc', sep='')
print('to stdout', file=sys.stdout)
print('a', 'b', sep='\n', end='\n\n')
print(None, True, 1.0, [None], (1,), {'k': None}, sep=' ; ')
class R:
    def __str__(self): return 'str!'
    def __repr__(self): return 'repr!'
print(R(), [R()], sep='/')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError', e)
print('é', 'ü', sep='é', end='ü\n')
print('a', flush=True)
