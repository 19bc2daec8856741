# scopes: AttributeError wording when setting or deleting attributes of built-in objects
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def a(): (5).bit_length = 1
def b(): del (5).bit_length
def c(): (5).real = 1
def d(): del (5).real
def e(): (5).x = 1
def f(): [].append = 1
def g(): (1.5).real = 2
def h(): len.x = 1
def i(): len.__name__ = 'x'
def j(): None.x = 1
def k(): object().x = 1
def l(): 'abc'.upper = 1
for fn in (a,b,c,d,e,f,g,h,i,j,k,l): t(fn)
# instances of Python classes accept new attributes; deleting a missing one fails
class P: pass
p = P()
p.x = 1
del p.x
t(lambda: delattr(p, 'x'))
t(lambda: setattr(5, 'real', 1))
t(lambda: delattr([], 'append'))
# a class attribute seen through an instance cannot be deleted from the instance
class Q:
    shared = 1
q = Q()
t(lambda: delattr(q, 'shared'))
print(Q.shared)
