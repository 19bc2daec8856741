# basics: explicit backslash continuation and implicit continuation in brackets
total = 1 + \
    2 + \
    3
print(total)
lst = [
    1,
    2,
    3,
]
print(lst)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
result = (10
          * 2
          - 5)
print(result)
if 1 < 2 and \
   2 < 3:
    print("continued condition")
t = (1,
     2)
print(t)
s = ("abc"
     "def")
print(s)
print(len([
    x for x in range(10)
    if x % 2
]))
x = [1, 2,
# a comment inside brackets
     3]
print(x)
