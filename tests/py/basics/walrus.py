# basics: assignment expressions (walrus operator :=)
if (n := 10) > 5:
    print("n is", n)
print(n)
data = [1, 5, 3, 8, 2]
i = 0
while (v := data[i]) != 8:
    print("saw", v)
    i += 1
print("stopped at", v)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
def f(x):
    return x * 3
print([r for x in range(5) if (r := f(x)) > 5])
print((a := 3) + a)
print(a)
values = [0, 0, 7, 0]
pos = -1
for idx, val in enumerate(values):
    if (found := val) != 0:
        pos = idx
        break
print(pos, found)
def g():
    if (m := 42) > 40:
        return m
print(g())
s = "hello world"
if (cnt := s.count("o")) > 1:
    print("many o:", cnt)
print((z := [1, 2]) and z[0])
total = 0
print([total := total + x for x in range(5)], total)
