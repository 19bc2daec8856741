# inline global caches: deleted and re-added globals, builtins shadowed and unshadowed
N = 200
g = 1


def read_g(n):
    return [g for _ in range(n)][-1]


def read_len(n):
    return [len("ab") for _ in range(n)][-1]


print(read_g(N))
g = 2
print(read_g(N))
del g
try:
    read_g(1)
except NameError as e:
    print("NameError", e)
g = 3                     # re-added: a new entry in the globals dict
print(read_g(N))
print(read_len(N))
len = lambda s: "shadowed"
print(read_len(N))
del len
print(read_len(N))
import builtins
saved = builtins.len
builtins.len = lambda s: "builtin replaced"
print(read_len(N))
builtins.len = saved
print(read_len(N))

# one code object run with two globals dicts
src = "def h(n):\n    return [v for _ in range(n)][-1]\n"
ns1 = {"v": "ns1"}
ns2 = {"v": "ns2"}
exec(src, ns1)
exec(src, ns2)
print(ns1["h"](N), ns2["h"](N), ns1["h"](N))
code = compile("r = [v for _ in range(200)][-1]", "<s>", "exec")
for d in ({"v": 1}, {"v": 2}, {"v": 3}):
    exec(code, d)
    print(d["r"])

# globals stored in a hot loop while builtins are read
counter = 0


def bump(n):
    global counter
    for i in range(n):
        counter += abs(-1)
    return counter


print(bump(N), bump(N))
