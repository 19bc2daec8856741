# CPython's exact TypeError wording for unsupported operations
class A:
    pass
class B:
    pass
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: A() + B())
show(lambda: A() - 1)
show(lambda: 1 * A())
show(lambda: A() @ A())
show(lambda: 'a' / 2)
show(lambda: [] // 2)
show(lambda: {} % 2)
show(lambda: A() ** 2)
show(lambda: pow(A(), 2))
show(lambda: pow(A(), 2, 3))
show(lambda: 2 << A())
show(lambda: A() >> 1.5)
show(lambda: A() & None)
show(lambda: None | A())
show(lambda: A() ^ ())
show(lambda: divmod(A(), 1))
show(lambda: divmod('a', 'b'))
show(lambda: -A())
show(lambda: +A())
show(lambda: ~A())
show(lambda: abs(A()))
show(lambda: ~1.5)
show(lambda: -'s')
show(lambda: A() < B())
show(lambda: A() <= 1)
show(lambda: 1 > A())
show(lambda: 'a' >= 1)
show(lambda: [1] < (1,))
show(lambda: len(A()))
show(lambda: iter(A()))
show(lambda: next(A()))
show(lambda: A()[0])
show(lambda: A()())
show(lambda: hash([]))
show(lambda: 1 in A())
show(lambda: [1, 2][A()])
show(lambda: 'ab'[A()])
show(lambda: range(A()))
show(lambda: round(A()))
show(lambda: int(A()))
show(lambda: float(A()))
show(lambda: 'a' + 1)
show(lambda: [1] + (1,))
show(lambda: (1,) + [1])
show(lambda: 'a' * 'b')
show(lambda: [1] * 1.5)
show(lambda: reversed(A()))
show(lambda: sorted([A(), A()]))
show(lambda: max(A(), A()))
def inplace():
    x = A()
    x += 1
show(inplace)
def inplace_pow():
    x = A()
    x **= 1
show(inplace_pow)
def inplace_matmul():
    x = 1
    x @= 2
show(inplace_matmul)
def setitem():
    x = A()
    x[0] = 1
show(setitem)
def delitem():
    x = A()
    del x[0]
show(delitem)
def delitem_key():
    x = A()
    del x['k']
show(delitem_key)
def set_tuple():
    t = (1,)
    t[0] = 2
show(set_tuple)
def del_str():
    s = 'abc'
    del s[0]
show(del_str)
