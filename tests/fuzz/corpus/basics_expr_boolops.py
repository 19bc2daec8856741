# basics: and/or return operand values and short-circuit evaluation
def t(label, v):
    print("eval", label)
    return v

print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print(None or "default")
print("" or [] or 0)
print([] and "x")
print("a" and "b" and "c")
print(0 or None or "z")
print(t("a", 0) and t("b", 1))
print(t("c", 1) and t("d", 0))
print(t("e", 1) or t("f", 0))
print(t("g", 0) or t("h", 5))
print(t("i", 1) and t("j", 2) or t("k", 3))
print(t("l", 0) and t("m", 2) or t("n", 3))
x = 5
print(x > 3 and x < 10)
print(x > 3 and x > 10)
print(x < 3 or x == 5)
print(not x > 3 or x == 5)
print(True and False or True)
print(False or False and True)
n = 0
r = n != 0 and 10 // n
print(r)
