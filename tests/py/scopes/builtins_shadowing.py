# scopes: builtins are found after globals; shadowing them at module, function and class level
print(len('abc'))
len = lambda x: 'module shadow'
print(len('abc'))
del len
print(len('abc'))
def f():
    len = lambda x: 'local shadow'
    return len('x')
print(f(), len('x'))
class C:
    len = staticmethod(lambda x: 'class shadow')
    in_body = len('x')
    def m(self):
        return len('xy')
print(C.in_body, C().m())
def uses_global():
    return max(1, 2)
max = lambda *a: 'global max'
print(uses_global())
del max
print(uses_global())
def deleted_shadow():
    try:
        del min
    except NameError as e:
        return 'NameError: ' + str(e)
print(deleted_shadow())
def local_before_assign():
    try:
        print(abs(-1))
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    abs = 5
    return abs
print(local_before_assign())
True_ = True
print(True_, None is None)
import sys
print(type(sys.modules).__name__ if hasattr(sys, 'modules') else 'dict')
