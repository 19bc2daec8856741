# basics: finally always runs, in normal flow, after exceptions and in loops
def f(x):
    try:
        print("try", x)
        if x:
            raise ValueError("v")
        print("no raise")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
    print("after")
f(0)
f(1)

def g():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
g()

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally before break", i)

try:
    print("plain")
finally:
    print("plain finally")
