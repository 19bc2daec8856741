# exceptions2: raise X from Y sets __cause__, __context__ and __suppress_context__ in every form
def info(e):
    c = e.__cause__
    x = e.__context__
    return (type(e).__name__, e.args,
            None if c is None else (type(c).__name__, c.args),
            None if x is None else (type(x).__name__, x.args),
            e.__suppress_context__)

# cause given as an instance, outside any handler: no context
try:
    raise ValueError('v') from KeyError('k')
except ValueError as e:
    print(info(e))

# cause given as a class: it is instantiated with no arguments
try:
    raise ValueError('v') from IndexError
except ValueError as e:
    print(info(e))
    print(type(e.__cause__) is IndexError, e.__cause__.args)

# the raised value given as a class too
try:
    raise TypeError from OSError
except TypeError as e:
    print(info(e))

# inside a handler: the cause and the context may differ
try:
    try:
        raise KeyError('ctx')
    except KeyError:
        raise ValueError('v') from RuntimeError('cause')
except ValueError as e:
    print(info(e))

# inside a handler, from the handled exception: cause is context
try:
    try:
        [][0]
    except IndexError as ie:
        raise LookupError('wrapped') from ie
except LookupError as e:
    print(info(e), e.__cause__ is e.__context__)

# the cause keeps its own chain
try:
    try:
        try:
            raise OSError('deep')
        except OSError as d:
            raise KeyError('mid') from d
    except KeyError as m:
        raise ValueError('top') from m
except ValueError as e:
    print(info(e))
    print(info(e.__cause__))
    print(info(e.__cause__.__cause__))

# the cause expression is evaluated after the exception expression
order = []
def mk(name, cls):
    order.append(name)
    return cls(name)
try:
    raise mk('exc', ValueError) from mk('cause', KeyError)
except ValueError as e:
    print(order, info(e))

# a cause that is the same exception object
err = ValueError('self')
try:
    raise err from err
except ValueError as e:
    print(e.__cause__ is e, e.__suppress_context__)

# raising an exception that already has a cause, without from, keeps it
pre = ValueError('pre')
pre.__cause__ = KeyError('old')
try:
    raise pre
except ValueError as e:
    print(info(e))
