# NotImplemented is only special for binary operators and comparisons
class U:
    def __neg__(self): return NotImplemented
    def __pos__(self): return NotImplemented
    def __invert__(self): return NotImplemented
    def __abs__(self): return NotImplemented
    def __getitem__(self, k): return NotImplemented
    def __call__(self): return NotImplemented
    def __round__(self): return NotImplemented
    def __iter__(self): return iter([NotImplemented])
u = U()
print(-u, +u, ~u, abs(u), u[0], u(), round(u), list(u))
print(repr(NotImplemented), type(NotImplemented).__name__, NotImplemented is NotImplemented)
# binary: NotImplemented from both sides is a TypeError
class B:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    B() + 1
except TypeError as e:
    print(e)
try:
    1 + B()
except TypeError as e:
    print(e)
# comparisons: == and != fall back to identity, ordering raises
class C:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    __hash__ = object.__hash__
c = C()
print(c == c, c == C(), c != c)
try:
    c < c
except TypeError as e:
    print(e)
# calling the dunders directly returns NotImplemented unchanged
print(B().__add__(1), c.__eq__(1), (1).__add__('x'), 'x'.__lt__(1), [].__eq__(5))
# __bool__ and __len__ must not return it
class NB:
    def __bool__(self): return NotImplemented
try:
    bool(NB())
except TypeError as e:
    print(e)
class NL:
    def __len__(self): return NotImplemented
try:
    len(NL())
except TypeError as e:
    print(e)
class NH:
    def __hash__(self): return NotImplemented
try:
    hash(NH())
except TypeError as e:
    print(e)
