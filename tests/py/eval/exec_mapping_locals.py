# exec: any mapping as locals: __getitem__/__setitem__/__delitem__ are used, KeyError means absent
class Logged:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append("get " + key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append("set " + key)
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append("del " + key)
        del self.data[key]
m = Logged()
exec("a = 1\nb = a + 1\ndel a\nc = len('xy')", {}, m)
print(m.data)
print(m.log)
try:
    exec("del nothing", {}, m)
except NameError as e:
    print("NameError", e)
print(m.log[-1])
class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"
d = Defaulting()
exec("r = foo + bar", {}, d)
print(d["r"])
class Upper(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key.upper(), value)
u = Upper()
exec("name = 1\nother = 2", {}, u)
print(sorted(u.items()))
class Raising:
    def __getitem__(self, key):
        raise RuntimeError("no lookups: " + key)
try:
    exec("x", {}, Raising())
except RuntimeError as e:
    print("RuntimeError", e)
class ClassNs:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
ns = ClassNs()
exec("class K:\n    x = 1\ndef f():\n    return 2", {}, ns)
print(sorted(ns.d), ns.d["K"].x, ns.d["f"]())
exec("from sys import path, argv", {}, ns)
print("path" in ns.d, "argv" in ns.d)
try:
    exec("x = 1", {}, 5)
except TypeError as e:
    print("TypeError", e)
class WithKeys:
    def __init__(self):
        self.d = {"b": 1, "a": 2}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def keys(self):
        return list(self.d)
exec("c = 3\nprint(dir())\nprint(a + b + c)", {}, WithKeys())
