# exceptions2: context chains never get cycles, and re-raising the handled exception keeps no self-context
def chain(e, limit=10):
    out = []
    while e is not None and limit:
        out.append(e.args[0] if e.args else type(e).__name__)
        e = e.__context__
        limit -= 1
    return out

# re-raising the exception being handled: its context stays None
try:
    try:
        raise ValueError('a')
    except ValueError as e:
        raise e
except ValueError as e:
    print(chain(e), e.__context__)

# A handled, B raised, then A raised again inside B's handler: A.__context__ = B, and
# B.__context__ (A) is cut so there is no cycle
a = ValueError('A')
try:
    try:
        raise a
    except ValueError:
        try:
            raise KeyError('B')
        except KeyError as b:
            raise a
except ValueError as e:
    print(chain(e))
    print(chain(e.__context__))

# a longer loop: A -> B -> C -> A
A, B, C = KeyError('A'), KeyError('B'), KeyError('C')
try:
    try:
        raise A
    except KeyError:
        try:
            raise B
        except KeyError:
            try:
                raise C
            except KeyError:
                raise A
except KeyError as e:
    print(chain(e))

# context assigned by hand can make a cycle; raising does not loop forever
x = ValueError('x')
y = ValueError('y')
x.__context__ = y
y.__context__ = x
print(chain(x, 5))
try:
    try:
        raise y
    except ValueError:
        raise x
except ValueError as e:
    print(chain(e, 5))

# the same exception raised twice in a row gets no context from itself
z = RuntimeError('z')
for i in range(2):
    try:
        raise z
    except RuntimeError as e:
        print(i, e.__context__)
