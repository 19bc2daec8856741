# basics: conditional expressions (x if c else y), nesting and laziness
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
def grade(n):
    return "A" if n >= 90 else "B" if n >= 80 else "C" if n >= 70 else "F"
for n in [95, 85, 75, 10]:
    print(n, grade(n))
def loud(v):
    print("evaluated", v)
    return v
print(loud(1) if True else loud(2))
print(loud(1) if False else loud(2))
print([i if i % 2 else "even" for i in range(5)])
y = (lambda: 1) if x else (lambda: 2)
print(y())
print((1 if x else 2) + 10)
print(1 if x else 2 + 10)
a = None
print(a if a is not None else "default")
print(abs(x) if x < 0 else x)
z = [] if x > 100 else [x]
print(z)
print("yes" if "" else "no", "yes" if "a" else "no")
print(max(1, 2) if min(3, 4) == 3 else 0)
n = 0
val = 10 // n if n else "no division"
print(val)
print(f"{'odd' if x % 2 else 'even'}")
