# basics: return, break and continue interacting with finally blocks
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_try())

def ret_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(ret_overrides())

def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())

def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(value_snapshot())

def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())

def nested_ret():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
print(nested_ret())

def while_ret():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally n =", n)
print(while_ret())
