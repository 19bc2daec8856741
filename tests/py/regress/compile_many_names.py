# Generated code with tens of thousands of locals, parameters or keyword arguments compiles in linear time and still finds duplicates (fuzzing regression: these were quadratic).
import os

N = 60000
# CPython itself checks repeated keywords in quadratic time: fewer of them.
NKW = 3000


def load(name, text):
    with open(name + ".py", "w") as f:
        f.write(text)
    try:
        return __import__(name)
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg)
    finally:
        os.remove(name + ".py")


m = load("_gen_locals", "def f():\n" + "".join(" v%d = %d\n" % (i, i) for i in range(N)) +
         " return v%d + v0 + v1\nr = f()\n" % (N - 1))
print("locals", m.r)
m = load("_gen_params", "def g(" + ",".join("a%d" % i for i in range(N)) + "):\n return a%d\n"
         % (N - 1) + "r = g(*range(%d))\n" % N)
print("params", m.r)
m = load("_gen_kwargs", "def h(**kw):\n return len(kw)\nr = h(" +
         ",".join("k%d=%d" % (i, i) for i in range(NKW)) + ")\n")
print("kwargs", m.r)
load("_gen_dup_param", "def g(" + ",".join("a%d" % i for i in range(N)) + ", a7): pass\n")
load("_gen_dup_kwarg", "h(" + ",".join("k%d=1" % i for i in range(NKW)) + ", k7=2)\n")
m = load("_gen_globals", "".join("g%d = %d\n" % (i, i) for i in range(N)) + "r = g0 + g%d\n" % (N - 1))
print("globals", m.r)
