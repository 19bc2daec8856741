# exceptions2: str/repr of exceptions whose single argument is not a str, and nested exceptions
vals = [0, -5, 2.5, None, True, b'by', [1, 2], (1,), (), {'k': 1}, 'quote\'s', 'tab\t', '']
for v in vals:
    e = ValueError(v)
    print(repr(str(e)), repr(e), e.args)
for v in vals:
    e = Exception(v, v)
    print(repr(str(e)), repr(e))
inner = KeyError('in')
outer = RuntimeError(inner)
print(str(outer), repr(outer))
print(str(RuntimeError(inner, 1)), repr(RuntimeError(inner, 1)))
print(str(Exception(Exception())), repr(Exception(Exception())))
# a user class with __str__ inside args
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(str(Exception(S())), repr(Exception(S())))
print(str(Exception(S(), 1)), repr(Exception(S(), 1)))
# keyword arguments are refused by built-in exceptions
for cls in (Exception, ValueError, KeyError, OSError):
    try:
        cls(x=1)
    except TypeError as t:
        print(cls.__name__, 'TypeError', t)
# the exception value is equal only to itself
a = ValueError(1)
print(a == a, a == ValueError(1), a != ValueError(1))
# exceptions are hashable
print(hash(a) == hash(a))
# aliases
print(EnvironmentError is OSError, IOError is OSError)
