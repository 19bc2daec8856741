# types: deleting dict entries, re-adding, and deleting during rebuilt iteration
d = {i: str(i) for i in range(10)}
del d[0]
del d[5]
print(d)
try:
    del d[5]
except KeyError:
    print("KeyError")
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
d[0] = "zero"
print(d)
d = {k: v for k, v in d.items() if k != 3}
print(d)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
for i in range(1000, 1010):
    big[i] = i
print(len(big), list(big)[-3:])
e = {"x": 1}
e.pop("x")
print(e, len(e))
e["x"] = 2
print(e)
