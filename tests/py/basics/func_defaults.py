# basics: default argument values, evaluation time and mutable defaults
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

base = 10
def f(x=base):
    return x
base = 20
print(f())

def append_to(v, lst=[]):
    lst.append(v)
    return lst
print(append_to(1))
print(append_to(2))
print(append_to(3, []))

def safe_append(v, lst=None):
    if lst is None:
        lst = []
    lst.append(v)
    return lst
print(safe_append(1))
print(safe_append(2))

def many(a, b=2, c=3, d=4):
    return [a, b, c, d]
print(many(1))
print(many(1, 20))
print(many(1, d=40))
print(many(1, 2, 30, d=40))
def none_default(x=None):
    return x is None
print(none_default(), none_default(0))
try:
    many()
except TypeError:
    print("TypeError missing arg")
