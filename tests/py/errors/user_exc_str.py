# errors: __str__ and __repr__ of user exceptions, args handling and custom __init__
class E1(Exception):
    pass
class E2(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class E3(Exception):
    def __str__(self):
        return 'custom str'
class E4(ValueError):
    def __init__(self, v):
        self.v = v
class E5(Exception):
    def __repr__(self):
        return 'E5!'
for e in (E1(), E1('one'), E1('a', 2), E2(404, 'nf'), E3('x'), E4(7), E5('q')):
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise E2(500, 'err')
except Exception as e:
    print(e.code, e.args, isinstance(e, E2), isinstance(e, Exception))
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), repr(KeyError('k')))
print(str(ValueError(None)), repr(ValueError(None)), str(Exception([1])))
print(repr(Exception('it''s')), repr(Exception('"q"')))
class E6(E1):
    pass
try:
    raise E6('sub')
except E1 as e:
    print('caught as base', type(e).__name__, e)
e = E1('mutate')
e.args = ('new', 1)
print(str(e), repr(e))
