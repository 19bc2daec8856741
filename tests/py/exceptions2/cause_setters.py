# exceptions2: assigning __cause__, __context__, __traceback__ and args by hand, and their type checks
e = ValueError('v')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__context__ = IndexError('i')
print(repr(e.__context__))
e.__context__ = None
print(e.__context__)

for attr, val in (('__cause__', 5), ('__cause__', KeyError), ('__context__', 'x'),
                  ('__context__', ValueError)):
    try:
        setattr(e, attr, val)
    except TypeError as t:
        print(attr, 'TypeError', t)

# deleting them
try:
    del e.__cause__
except TypeError as t:
    print('del cause', t)

# a cause set by hand is used by a later raise
e2 = TypeError('t')
e2.__cause__ = OSError('set by hand')
try:
    raise e2
except TypeError as c:
    print(repr(c.__cause__), c.__suppress_context__)

# args is writable and turned into a tuple
e3 = Exception(1, 2)
e3.args = [3, 4]
print(e3.args, str(e3), repr(e3))
e3.args = 'ab'
print(e3.args)
e3.args = ()
print(e3.args, repr(str(e3)), repr(e3))
try:
    e3.args = 5
except TypeError as t:
    print('TypeError', t)

# other attributes go into the instance dict
e4 = KeyError('k')
e4.note = 'extra'
print(e4.note, e4.args)
try:
    e4.nothing
except AttributeError as t:
    print('AttributeError', t)

# user exceptions with extra attributes and a custom __init__
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
m = MyErr(42, 'boom')
print(m.code, m.args, str(m), repr(m))
m.__cause__ = m
print(m.__cause__ is m)
