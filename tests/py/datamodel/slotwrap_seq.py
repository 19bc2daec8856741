# str, list, tuple and bytes slots as methods
print('ab'.__add__('cd'), 'ab'.__mul__(3), 'ab'.__rmul__(2), '%s!'.__mod__('x'), 'ab'.__len__())
print('abc'.__getitem__(1), 'abc'.__getitem__(slice(0, 2)), 'abc'.__contains__('b'), 'ab'.__eq__('ab'))
print('ab'.__lt__('b'), 'a'.__hash__() == hash('a'), 'a'.__repr__(), 'a'.__str__(), 'ab'.__mod__(()))
print(list(iter('ab').__iter__()), hasattr('', '__radd__'), hasattr('', '__sub__'), hasattr('', '__rmod__'))
l = [1, 2, 3]
print(l.__len__(), l.__getitem__(0), l.__contains__(2), l.__add__([4]), l.__mul__(2), l.__rmul__(2))
l.__setitem__(0, 'a')
l.__delitem__(1)
print(l, l.__eq__([1]), l.__lt__(['a', 4]), l.__repr__(), list(l.__iter__()))
r = l.__iadd__([5])
print(r is l, l, l.__imul__(2) is l, l)
print(list.__hash__, list.__len__(l), list.__add__([1], [2]))
t = (1, 2)
print(t.__len__(), t.__getitem__(-1), t.__add__((3,)), t.__mul__(2), t.__rmul__(2), t.__contains__(2))
print(t.__hash__() == hash(t), t.__eq__((1, 2)), t.__lt__((1, 3)), hasattr(t, '__iadd__'), tuple.__repr__(t))
b = b'ab'
print(b.__add__(b'c'), b.__mul__(2), b.__len__(), b.__getitem__(0), b.__contains__(97), b.__eq__(b'ab'))
# NotImplemented and errors
print([].__eq__(()), [].__lt__(1), 'ab'.__mul__(True))
for f in (lambda: [].__add__(()), lambda: 'a'.__add__.__call__(1, 2), lambda: list.__len__('x'),
          lambda: [].__getitem__(), lambda: {}.__setitem__(1), lambda: 'a'.__mul__('b'),
          lambda: [1].__rmul__(1.5)):
    try:
        f()
    except TypeError as e:
        print(e)
# subclasses calling the built-in slot through the wrapper, or through super()
class MyList(list):
    def __getitem__(self, i): return ('my', list.__getitem__(self, i))
    def __len__(self): return super().__len__() * 10
    def __setitem__(self, i, v): super().__setitem__(i, v * 2)
ml = MyList([1, 2])
ml[0] = 5
print(ml[0], len(ml), list(ml), ml.__len__())
class MyStr(str):
    def __add__(self, o): return MyStr(str.__add__(self, o).upper())
print(MyStr('a') + 'b', type(MyStr('a') + 'b').__name__)
