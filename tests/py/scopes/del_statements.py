# scopes: del of names, attributes, items, slices and tuples of targets, with their errors
def attempt(fn):
    try:
        fn()
        print('ok')
    except (NameError, AttributeError, KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = 1
del a
print('a' in globals())
def del_global():
    global a
    del a
attempt(del_global)
# del several targets, nested
b, c, d = 1, 2, 3
del b, (c, d)
print([n in globals() for n in 'bcd'])
x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del x[0]
print(x)
del x[-1]
print(x)
del x[1:3]
print(x)
del x[::2]
print(x)
del x[:]
print(x)
y = list(range(10))
del y[5:100], y[0]
print(y)
attempt(lambda: x.__delitem__(0))
def del_index():
    z = [1]
    del z[5]
attempt(del_index)
dct = {'a': 1, 'b': 2}
del dct['a']
print(dct)
def del_key():
    del dct['missing']
attempt(del_key)
class O: pass
o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))
def del_attr():
    del o.p
attempt(del_attr)
def del_cls_attr():
    del O.nothing
attempt(del_cls_attr)
def del_tuple_item():
    t = (1, 2)
    del t[0]
attempt(del_tuple_item)
def del_str_item():
    s = 'ab'
    del s[0]
attempt(del_str_item)
def del_int_attr():
    n = 5
    del n.real
attempt(del_int_attr)
# del through __delitem__ and __delattr__
class Logger:
    def __delitem__(self, k): print('delitem', k)
    def __delattr__(self, n): print('delattr', n)
lg = Logger()
del lg[1], lg['k'], lg[1:2]
del lg.name
# del in a loop body and a for target
for i in range(3):
    pass
del i
print('i' in globals())
# del list slices with steps
z = list(range(10))
del z[1::3]
print(z)
del z[::-1]
print(z)
