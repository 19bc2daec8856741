# scopes: TypeError wording for calling objects that are not callable and for bad operand types
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
vals = [5, 'str', [1], (1,), {'k': 1}, None, 2.5, {1}, True, b'b', range(3)]
for v in vals:
    attempt(lambda: v())
class C: pass
attempt(lambda: C()())
attempt(lambda: C()(1, 2))
class WithCall:
    def __call__(self, *a): return 'called', a
print(WithCall()(1))
class CallAttr: pass
obj = CallAttr()
obj.__call__ = lambda: 'instance attribute is not used'
attempt(lambda: obj())
attempt(lambda: (lambda: 5)()())
d = {'f': 1}
attempt(lambda: d['f']())
attempt(lambda: [1, 2][0]())
import sys
attempt(lambda: sys())
attempt(lambda: sys.maxsize())
# len(), iteration and subscripting of unsupported types
attempt(lambda: len(5))
attempt(lambda: len(None))
attempt(lambda: iter(5))
five, none, aset = 5, None, {1}
attempt(lambda: five[0])
attempt(lambda: none[0])
attempt(lambda: aset[0])
attempt(lambda: len[0])
def setitem():
    x = 5
    x[0] = 1
attempt(setitem)
def delitem():
    x = (1,)
    del x[0]
attempt(delitem)
attempt(lambda: hash([]))
attempt(lambda: {[]: 1})
attempt(lambda: {[1]})
