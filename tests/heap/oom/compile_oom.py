# MemoryError inside the compiler (exec/eval of big sources) is catchable, and the interpreter carries on
def src(i):
    if i == 0:
        return "x = [" + "1," * 20000 + "]"
    if i == 1:
        return "\n".join(["v%d = %d" % (j, j) for j in range(3000)])
    return "def f():\n" + "".join(["    a%d = %d\n" % (j, j) for j in range(2000)])
for i in range(3):
    try:
        exec(src(i), {})
    except MemoryError:
        pass
    print(i, eval("1 + 2"))
