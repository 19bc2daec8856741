# exceptions2: raising things that are not exceptions, and invalid causes
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e)

def r1(): raise 5
def r2(): raise 'text'
def r3(): raise ValueError from 5
def r4(): raise ValueError from 'x'
def r5(): raise int
def r6(): raise ValueError('v') from object
def r7(): raise None
class NotExc: pass
def r8(): raise NotExc
def r9(): raise NotExc()
def r10(): raise ValueError from ValueError('ok')
for f in (r1, r2, r3, r4, r5, r6, r7, r8, r9, r10):
    attempt(f)

# raising a class calls it with no arguments
class Custom(Exception):
    def __init__(self, *args):
        print('init', args)
        super().__init__(*args)
try:
    raise Custom
except Custom as e:
    print('caught', e.args)

# a class whose constructor returns a non-exception
class Odd(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise Odd
except TypeError as e:
    print('TypeError', e)

# the cause class is instantiated even when the cause constructor fails
class BadCause(Exception):
    def __init__(self):
        raise KeyError('from cause init')
try:
    raise ValueError('v') from BadCause
except KeyError as e:
    print('KeyError', e.args)

# the TypeError of a bad raise has the handled exception as context
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise 12
except TypeError as e:
    print(type(e.__context__).__name__, e)
