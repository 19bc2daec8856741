# class calls that run __init__ as a frame of the loop: results, errors, tracebacks, and the cases that must not
import sys
N = 200


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def make(n):
    return [P(i) for i in range(n)]


ps = make(N)
print(len(ps), ps[-1].x, ps[-1].y, P(1, y=5).y, P(*[3, 4]).y)


class Bad:
    def __init__(self):
        return 42


def make_bad():
    return Bad()


for _ in range(N):
    try:
        make_bad()
    except TypeError as e:
        msg = str(e)
print(msg)


class Raises:
    def __init__(self, v):
        if v >= N:
            raise ValueError(v)
        self.v = v


def make_r(n):
    return [Raises(i).v for i in range(n)]


print(sum(make_r(N)))
try:
    make_r(N + 1)
except ValueError as e:
    n = 0
    tb = e.__traceback__
    while tb:   # <module>, make_r, <listcomp>, __init__: the __init__ frame is there
        n += 1
        tb = tb.tb_next
    print("ValueError", e, n)


class WithNew:
    def __new__(cls, *args):
        print("new", args) if args == (0,) else None
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print([WithNew(i).a for i in range(N)][-1])


class Other:
    pass


class NotMine:
    def __new__(cls, v):
        return Other()      # not an instance: __init__ must not run

    def __init__(self, v):
        print("never")


print(type([NotMine(i) for i in range(N)][-1]).__name__)


class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)


class M(metaclass=Meta):
    def __init__(self, a):
        print("never")


print([M(i) for i in range(N)][-1])


class L(list):
    def __init__(self, n):
        super().__init__(range(n))


print([L(i) for i in range(N)][-1][-3:])


class G:
    def __init__(self):
        yield 1


try:
    G()
except TypeError as e:
    print("TypeError", e)


class Late:
    def __init__(self):
        self.v = 1


def make_late(n):
    return [Late().v for _ in range(n)][-1]


print(make_late(N))
Late.__init__ = lambda self: setattr(self, "v", 2)
print(make_late(N))
del Late.__init__
try:
    make_late(1)
except AttributeError as e:
    print("AttributeError", e)
Late.__new__ = lambda cls: 7
print(make_late.__name__, [Late() for _ in range(N)][-1])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a * 2


print(sum(s.b for s in [Slotted(i) for i in range(N)]))
# deep recursion through __init__ frames still raises RecursionError
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(100000)
except RecursionError:
    print("RecursionError")
print(Deep(50).child.child is not None)
