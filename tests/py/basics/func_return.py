# basics: return values, implicit None, early return, returning tuples
def nothing():
    pass
print(nothing())

def bare():
    return
print(bare())

def pair():
    return 1, 2
print(pair())
a, b = pair()
print(a, b)

def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0
print(sign(5), sign(-5), sign(0))

def find(lst, target):
    for i, v in enumerate(lst):
        if v == target:
            return i
    return -1
print(find([5, 6, 7], 7), find([5, 6, 7], 8))

def loop_return():
    i = 0
    while True:
        i += 1
        if i == 4:
            return i * 10
print(loop_return())

def returns_func():
    def inner():
        return "inner"
    return inner
print(returns_func()())
def returns_list():
    return [1, 2, 3]
print(returns_list()[1])
def nested_return(x):
    for i in range(3):
        for j in range(3):
            if i * j == x:
                return (i, j)
print(nested_return(4), nested_return(7))
