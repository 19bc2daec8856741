# basics: semicolon-separated statements and single-line compound statements
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("one-line if"); print("second stmt")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(4))
class C: val = 9
print(C.val)
try: x = 1 // 0
except ZeroDivisionError: print("caught on one line")
x = 5; y = x * 2; print(y)
if False: print("no")
elif True: print("elif one-line")
else: print("no")
for ch in "ab": pass
print(ch)
print("trailing semicolon");
lst = []; lst.append(1); lst.append(2); print(lst)
