# f-strings joined at their summed length: empty parts, one part, ASCII and non-ASCII parts (the
# result's length in characters and its indexing), str subclasses, long results, many parts
class S(str):
    def __format__(self, spec):
        return "S<" + str.__format__(self, spec) + ">"


e = ""
for x in [0, 7, -3, 12345]:
    print(f"{x}", f"{x:05d}:{x * 7 % 13:x}", f"{e}{e}", f"[{e}{x}{e}]")
u = "\u00e9t\u00e9"
t = f"{u}-{u!r}-{1.5:>6}-\U0001f600"
print(t, len(t), t[3], t[-1], t[4:9])
print(f"{S('ab')}|{S('cd'):>4}|{S('x')!r}", len(f"{S('ab')}"))
big = "x" * 300
r = f"<{big}>{big}<{u}>"
print(len(r), r[:3], r[-6:], r[301:304])
parts = [f"{i}{u if i % 3 == 0 else ''}" for i in range(12)]
print(parts, len("".join(parts)))
print(f"{'a'}{'b'}{'c'}{'d'}{'e'}{'f'}{'g'}{'h'}{'i'}{'j'}{'k'}{'l'}{'m'}", f"{'':>0}", f"{'z'}")
