# exceptions2: except clauses with tuples, nested tuples, non-class specs and evaluated expressions
def attempt(body, spec):
    try:
        try:
            body()
        except spec:
            print('caught by', spec if isinstance(spec, tuple) else spec.__name__ if isinstance(spec, type) else spec)
    except TypeError as e:
        print('TypeError', e)
    except Exception as e:
        print('escaped', type(e).__name__)

def kerr(): raise KeyError
def verr(): raise ValueError
attempt(kerr, (ValueError, KeyError))
attempt(kerr, (ValueError, (IndexError, KeyError)))
attempt(kerr, ())
attempt(verr, (ValueError, 'x'))
attempt(kerr, (ValueError, 'x'))
attempt(kerr, 'x')
attempt(kerr, 5)
attempt(kerr, int)
attempt(kerr, (int,))
attempt(kerr, LookupError)
attempt(kerr, [KeyError])
attempt(kerr, object)
attempt(verr, (KeyError, (int,)))
attempt(verr, (ValueError, ValueError()))

# the spec is evaluated only when an exception reaches it
order = []
def spec(name, cls):
    order.append(name)
    return cls
try:
    raise KeyError
except spec('first', ValueError):
    pass
except spec('second', KeyError):
    pass
except spec('third', Exception):
    pass
print(order)

# a bad spec on a clause that is never reached is not checked
try:
    raise KeyError
except KeyError:
    print('first clause wins')
except 'never checked':
    pass

# a bad spec when there is no exception is never evaluated
try:
    pass
except 'ignored':
    pass
print('no exception, no check')
