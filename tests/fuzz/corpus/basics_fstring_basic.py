# basics: f-strings with expressions, nesting quotes, !r/!s and literal braces
name = "world"
n = 42
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{name!r} {name!s}")
print(f"{'single'} {'x' if False else 'y'}")
print(f"{{literal}} {n}")
print(f"{n}{n}{n}")
print(f"{[1, 2, 3]} {(1, 2)} {{'a': 1}}")
d = {"k": "v"}
print(f"{d['k']} {d}")
lst = [10, 20, 30]
print(f"{lst[1]} {lst[-1]} {len(lst)}")
def up(s):
    return s.upper()
print(f"{up(name)} {name.lower()}")
print(f"{3 * 4}{'-' * 3}{None}{True}")
print(F"capital F {n}")
x = 1.5
print(f"{x} {x * 2} {x!r}")
multi = f"a{1}" f"b{2}" "c"
print(multi)
print(f"")
print(f"{name}" + f"{n}")
class P:
    def __init__(self):
        self.v = 7
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p!r} {p.v}")
print(f"{'nested {braces}'}")
print(f"{n if n > 40 else 0}")
