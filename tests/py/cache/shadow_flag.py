# per-class no-shadow fact: cached class attributes and methods seen through instances after every way a key can come to hide them
N = 100


class Box:
    pass


# ---- a plain store (setattr, obj.name = v) of a name the class defines


class A:
    x = "A.x"

    def f(self):
        return "A.f"


def a_x(objs):
    return [o.x for o in objs][-1]


def a_f(objs):
    return [o.f() for o in objs][-1]


a1, a2 = A(), A()
print(a_x([a1] * N), a_f([a1] * N))
setattr(a2, "x", "a2.x")
a2.f = lambda: "a2.f"
print(a_x([a1] * N + [a2]), a_f([a1] * N + [a2]), a_x([a1]), a_f([a1]))

# ---- the instance dict handed out: obj.__dict__, vars(), views, exec, a copy


class D:
    x = "D.x"

    def f(self):
        return "D.f"


def d_x(objs):
    return [o.x for o in objs][-1]


def d_f(objs):
    return [o.f() for o in objs][-1]


d1, d2 = D(), D()
print(d_x([d1] * N), d_f([d1] * N))
d2.__dict__["x"] = "d2.x via __dict__"
print(d_x([d1] * N + [d2]), d_f([d1] * N + [d2]))


class V:
    x = "V.x"

    def f(self):
        return "V.f"


def v_x(objs):
    return [o.x for o in objs][-1]


def v_f(objs):
    return [o.f() for o in objs][-1]


v1, v2, v3 = V(), V(), V()
print(v_x([v1] * N), v_f([v1] * N))
vars(v2).update(x="v2.x via vars")
vars(v3).setdefault("f", lambda: "v3.f via setdefault")
print(v_x([v1] * N + [v2]), v_f([v1] * N + [v3]), v_f([v1] * N + [v2]))


class E:
    x = "E.x"


def e_x(objs):
    return [o.x for o in objs][-1]


e1, e2 = E(), E()
print(e_x([e1] * N))
exec("x = 'e2.x via exec'", e2.__dict__)
print(e_x([e1] * N + [e2]))


class R:
    x = "R.x"


def r_x(objs):
    return [o.x for o in objs][-1]


src = Box()
src.x = "copied x"
r1, r2 = R(), R()
print(r_x([r1] * N))
r2.__dict__ = dict(src.__dict__)        # a copy's way: __dict__ assignment
print(r_x([r1] * N + [r2]))


class R3:
    x = "R3.x"


def r3_x(objs):
    return [o.x for o in objs][-1]


saved = Box().__dict__
saved["x"] = "saved x"
r4, r5 = R3(), R3()
print(r3_x([r4] * N))
r5.__dict__ = saved
print(r3_x([r4] * N + [r5]))


class O:
    x = "O.x"


def o_x(objs):
    return [o.x for o in objs][-1]


o1, o2 = O(), O()
print(o_x([o1] * N))
object.__getattribute__(o2, "__dict__")["x"] = "o2.x via object.__getattribute__"
print(o_x([o1] * N + [o2]))

# ---- a name added to a class (or a base) that instances already hold


class K:
    pass


class KS(K):
    pass


def k_y(objs):
    return [o.y for o in objs][-1]


def ks_y(objs):
    return [o.y for o in objs][-1]


def k_g(objs):
    return [o.g() for o in objs][-1]


def ks_g(objs):
    return [o.g() for o in objs][-1]


k1, k2, ks1, ks2 = K(), K(), KS(), KS()
k2.y = "k2.y"
ks2.y = "ks2.y"
k2.g = lambda: "k2.g"
ks2.g = lambda: "ks2.g"
K.y = "K.y"
K.g = lambda self: "K.g"
print(k_y([k1] * N + [k2]), ks_y([ks1] * N + [ks2]))
print(k_g([k1] * N + [k2]), ks_g([ks1] * N + [ks2]))
K.y = "K.y again"                       # an existing name: instances' keys still win
print(k_y([k1] * N + [k2]), ks_y([ks1] * N + [ks2]), k_y([k1]))


class Q:
    pass


class P:
    z = "P.z"


class QS(Q):
    pass


class QSS(QS):
    pass


def qs_z(objs):
    return [o.z for o in objs][-1]


def qss_z(objs):
    return [o.z for o in objs][-1]


qs1, qs2, qss1, qss2 = QS(), QS(), QSS(), QSS()
qs2.z = "qs2.z"
qss2.z = "qss2.z"
QS.__bases__ = (P,)                     # names arrive with new bases
print(qs_z([qs1] * N + [qs2]), qss_z([qss1] * N + [qss2]))


class Q0:
    pass


class Q2(Q0):
    pass


class Q2S(Q2):
    pass


def q2s_z(objs):
    return [o.z for o in objs][-1]


q2s1, q2s2 = Q2S(), Q2S()
q2s2.z = "q2s2.z"
Q2.__bases__ = (P,)                     # a base's bases change
print(q2s_z([q2s1] * N + [q2s2]))

# ---- __class__ assignment: the object brings its keys to another class


class U:
    pass


class T:
    x = "T.x"

    def f(self):
        return "T.f"


def t_x(objs):
    return [o.x for o in objs][-1]


def t_f(objs):
    return [o.f() for o in objs][-1]


u = U()
u.x = "u.x"
u.f = lambda: "u.f"
t1 = T()
print(t_x([t1] * N), t_f([t1] * N))
u.__class__ = T
print(t_x([t1] * N + [u]), t_f([t1] * N + [u]), type(u).__name__)

# ---- subclasses: the instance's own class is the one that counts


class B:
    x = "B.x"

    def f(self):
        return "B.f"


class BS(B):
    pass


def b_x(objs):
    return [o.x for o in objs][-1]


def b_f(objs):
    return [o.f() for o in objs][-1]


b1, bs1, bs2 = B(), BS(), BS()
print(b_x([b1, bs1] * N), b_f([b1, bs1] * N))
bs2.x = "bs2.x"
bs2.f = lambda: "bs2.f"
print(b_x([b1, bs1] * N + [bs2]), b_f([b1, bs1] * N + [bs2]))
print(b_x([b1] * N), b_f([b1] * N), b_x([bs1] * N))

# a site that has seen several classes (its extra ways) after a shadowing store


class W1:
    x = "W1.x"


class W2:
    x = "W2.x"


class W3:
    x = "W3.x"


def w_x(objs):
    return [o.x for o in objs][-1]


w1, w2, w3, w3b = W1(), W2(), W3(), W3()
print(w_x([w1, w2, w3] * N))
w3b.__dict__["x"] = "w3b.x"
print(w_x([w1, w2, w3] * N + [w3b]), w_x([w1, w2, w3] * N + [w3b, w3]))

# ---- __slots__


class S:
    __slots__ = ("a",)
    x = "S.x"


def s_x(objs):
    return [o.x for o in objs][-1]


s1 = S()
print(s_x([s1] * N))
try:
    s1.x = "no dict"
except AttributeError as e:
    print("AttributeError")
print(s_x([s1] * N))


class SD:
    __slots__ = ("a", "__dict__")
    x = "SD.x"

    def f(self):
        return "SD.f"


def sd_x(objs):
    return [o.x for o in objs][-1]


def sd_f(objs):
    return [o.f() for o in objs][-1]


sd1, sd2, sd3 = SD(), SD(), SD()
print(sd_x([sd1] * N), sd_f([sd1] * N))
sd2.__dict__["x"] = "sd2.x"
sd3.f = lambda: "sd3.f"
print(sd_x([sd1] * N + [sd2]), sd_f([sd1] * N + [sd3]))


class SS(S):
    y = "SS.y"


def ss_y(objs):
    return [o.y for o in objs][-1]


ss1, ss2 = SS(), SS()
print(ss_y([ss1] * N))
ss2.y = "ss2.y"                         # a subclass of a slotted class has a dict
print(ss_y([ss1] * N + [ss2]))

# ---- a class mutated after warm-up keeps its cached sites right


class M:
    x = "M.x"

    def f(self):
        return "M.f"


def m_x(objs):
    return [o.x for o in objs][-1]


def m_f(objs):
    return [o.f() for o in objs][-1]


m1, m2 = M(), M()
print(m_x([m1] * N), m_f([m1] * N))
M.x = "M.x changed"
M.f = lambda self: "M.f changed"
print(m_x([m1] * N), m_f([m1] * N))
m2.x = "m2.x"
print(m_x([m1] * N + [m2]), m_x([m1] * N), m_f([m2] * N))
del M.x
print(m_x([m2] * N), hasattr(m1, "x"))
