# params: the empty tuple is one object however it is made; other empty containers are distinct
e = ()
print(tuple() is e, tuple([]) is e, tuple('') is e, tuple(range(0)) is e)
print((1, 2)[5:] is e, (1, 2)[2:1] is e, (1, 2)[::-1][0:0] is e)
one, zero, five = (1,), 0, 5
print(one * zero is e, e * five is e, (e + e) is e)
def f(*args):
    return args
print(f() is e, f(*[]) is e)
a, *rest = [1]
print(rest, type(rest).__name__)
print(list() is list(), {} is {}, set() is set())
print(len(e), e == (), e < (0,), hash(e) == hash(tuple()))
print(sorted([(1,), (), (0,)]))
t = tuple(x for x in [])
print(t is e, t)
