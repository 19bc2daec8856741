# polymorphic sites answered by their extra ways inside the loop: ways for 4 rotating classes, an
# instance of a way's class with another dict layout, attributes deleted and added, a property and a
# shadowing instance attribute arriving after the ways are hot, and a site whose class changes for good
class T:
    cls_attr = "T"

    def __init__(self, i):
        self.a = i
        self.b = i + 1

    def m(self):
        return "T"


class T1(T):
    def m(self):
        return "T1"


class T2(T):
    cls_attr = "T2"


class T3(T):
    def m(self):
        return "T3"


class T4(T2):
    pass


def get_a(o):
    return o.a


def get_b(o):
    return o.b


def get_cls(o):
    return o.cls_attr


def call_m(o):
    return o.m()


def set_b(o, v):
    o.b = v


objs = [T(0), T1(1), T2(2), T3(3), T4(4)]
out = []
for r in range(40):
    for o in objs:
        set_b(o, r)
        out.append((get_a(o), get_b(o), get_cls(o), call_m(o)))
print(len(out), out[-5:], sum(x[0] + x[1] for x in out))

# an instance of a way's class whose dict has another layout
odd = T3.__new__(T3)
odd.z = 9
odd.b = 7
odd.a = 8
print(get_a(odd), get_b(odd), call_m(odd))
for r in range(20):
    for o in objs:
        get_a(o)
print(get_a(odd), get_b(odd))

# a new object of a way's class whose dict is empty: the store appends
fresh = T2.__new__(T2)
set_b(fresh, 5)
print(fresh.__dict__, get_b(fresh))

# deleted attribute read through a way: AttributeError, then back
del objs[2].a
try:
    get_a(objs[2])
except AttributeError as e:
    print("AttributeError", e)
objs[2].a = 22
print(get_a(objs[2]))

# an instance attribute shadowing the class attribute and the method, after warm-up
objs[3].cls_attr = "own"
objs[3].m = lambda: "own m"
for r in range(20):
    print(r, [get_cls(o) for o in objs], [call_m(o) for o in objs]) if r in (0, 19) else None
    for o in objs:
        get_cls(o)
        call_m(o)

# a property arriving on a way's class after warm-up
T1.b = property(lambda self: "prop b")
print([get_b(o) for o in objs])
try:
    set_b(objs[1], 1)
except AttributeError as e:
    print("AttributeError", type(e).__name__)
del T1.b
print([get_b(o) for o in objs])

# the site's class changes for good: only T4 from now on
for r in range(50):
    v = get_a(objs[4]), call_m(objs[4]), get_cls(objs[4])
print(v, [get_a(o) for o in objs], [call_m(o) for o in objs])


# __slots__ classes in rotation with dict classes at one site
class S1:
    __slots__ = ("a", "b")
    cls_attr = "S1"

    def __init__(self, i):
        self.a = i
        self.b = -i

    def m(self):
        return "S1"


mixed = objs + [S1(10), S1(11)]
for r in range(30):
    for o in mixed:
        set_b(o, r * 2)
print([(get_a(o), get_b(o), get_cls(o), call_m(o)) for o in mixed])
