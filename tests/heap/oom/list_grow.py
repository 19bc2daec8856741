# MemoryError while a list grows is catchable, and the interpreter carries on
def grow(n):
    l = []
    for i in range(n):
        l.append(i)
    return len(l)
for k in range(3):
    try:
        grow(300000)
    except MemoryError:
        pass
    print(k, sum(range(10)))
try:
    x = [k] * 300000
except MemoryError:
    pass
print([1, 2] + [3])
