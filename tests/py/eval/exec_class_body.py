# exec/eval in class bodies and building classes with exec: which namespace names land in
class A:
    x = 1
    exec("y = x + 1")
    z = eval("x + y")
    names = sorted(k for k in locals() if not k.startswith("__"))
print(A.y, A.z, A.names)
class B:
    exec("def method(self):\n    return 'method ' + type(self).__name__")
    exec("label = __qualname__")
print(B().method(), B.label)
ns = {}
exec("class C:\n    a = 1\n    def get(self):\n        return self.a\n", ns)
C = ns["C"]
print(C().get(), C.__name__, C.__qualname__)
ns = {"__name__": "built"}
exec("class D:\n    '''doc of D'''\n    class Inner:\n        pass\n", ns)
D = ns["D"]
print(D.__module__, D.__doc__, D.Inner.__qualname__, D.Inner.__module__)
body = {}
exec("b1 = 1\nb2 = b1 * 2", {}, body)
E = type("E", (), body)
print(E.b1, E.b2)
class F:
    v = "class level"
    def m(self):
        return eval("v", {"v": "given globals"})
    def n(self):
        try:
            return eval("v")
        except NameError as e:
            return "NameError " + str(e)
print(F().m())
print(F().n())
v = "module level"
print(F().n())
g = {}
exec("class G:\n    items = [i * 2 for i in range(3)]\n", g)
print(g["G"].items)
class H:
    k = 5
    exec("vals = [k for _ in range(2)]", {"k": "global k"})
print(H.__dict__.get("vals"))
