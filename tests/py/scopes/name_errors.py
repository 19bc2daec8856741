# scopes: NameError and AttributeError wording for names, modules, classes and instances
def attempt(fn):
    try:
        print(fn())
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e, e.args)
attempt(lambda: undefined)
attempt(lambda: undefined.attr)
def in_func():
    return also_undefined
attempt(in_func)
import sys
attempt(lambda: sys.no_such_attribute)
class C:
    cls_attr = 1
attempt(lambda: C.missing)
attempt(lambda: C().missing)
attempt(lambda: (5).missing)
attempt(lambda: 'str'.missing)
attempt(lambda: [].missing)
attempt(lambda: None.missing)
attempt(lambda: {}.missing)
attempt(lambda: (1,).missing)
attempt(lambda: len.missing)
attempt(lambda: attempt.missing)
attempt(lambda: C.cls_attr.missing)
attempt(lambda: type.missing)
attempt(lambda: int.missing)
# setting attributes where it is not allowed
def set_int():
    (5).x = 1
attempt(set_int)
def set_list():
    [].x = 1
attempt(set_list)
def set_none():
    None.x = 1
attempt(set_none)
def set_builtin_type():
    int.x = 1
try:
    set_builtin_type()
except TypeError as e:
    print('TypeError', e)
# NameError for builtins that were deleted from globals is not possible; shadowing works
def shadow():
    len = lambda x: 'shadowed'
    return len([1])
print(shadow(), len([1]))
# a global name deleted during execution
tmp = 1
del tmp
attempt(lambda: tmp)
