# basics: if / elif / else chains and truthiness of conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))

for cond in [0, 1, "", "a", [], [0], {}, {1: 2}, None, 0.0, 0.5]:
    if cond:
        print(repr(cond), "truthy")
    else:
        print(repr(cond), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if x == 1:
    print("one")
elif x == 5:
    print("five")
if not x:
    print("never")
else:
    print("else branch")
if x: print("one-line if")
if x > 100: pass
else: print("one-line else")
