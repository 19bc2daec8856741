# exceptions2: NameError.name, AttributeError name/obj and ImportError name/path keyword arguments
e = NameError('msg', name='var')
print(e.args, e.name, str(e))
print(NameError('plain').name)
a = AttributeError('m', name='attr', obj=5)
print(a.args, a.name, a.obj)
print(AttributeError().name, AttributeError().obj)
i = ImportError('cannot import', name='mod', path='/p/mod.py')
print(i.args, i.name, i.path, str(i))
print(ImportError('x').name, ImportError('x').path)
m = ModuleNotFoundError('no module', name='zz')
print(m.name, m.path, str(m))
for cls, kw in ((NameError, {'obj': 1}), (AttributeError, {'path': 1}), (ImportError, {'obj': 1}),
                (ValueError, {'name': 1}), (KeyError, {'x': 1})):
    try:
        cls('m', **kw)
    except TypeError as t:
        print(cls.__name__, 'TypeError', t)
try:
    undefined_name_here
except NameError as n:
    print(n.name, n.args)
def f():
    try:
        print(local_var)
    except UnboundLocalError as u:
        print(u.name, type(u).__name__)
    local_var = 1
f()
def outer():
    def inner():
        return cell
    try:
        inner()
    except NameError as n:
        print(n.name)
    cell = 1
outer()
class Sub(NameError):
    def __init__(self, msg, extra=None):
        super().__init__(msg)
        self.extra = extra
s = Sub('m', extra='E')
print(s.args, s.extra, s.name)
