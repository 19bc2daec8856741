# basics2: walrus in a comprehension binds in the function, and follows that function's global/nonlocal declarations
counter = 0
def gl():
    global counter
    [counter := counter + 1 for _ in range(3)]
    return counter
print(gl(), counter)
def nl():
    total = 100
    def inner():
        nonlocal total
        [total := total + x for x in range(4)]
        return total
    return inner(), total
print(nl())
def plain():
    [last := c for c in 'xyz']
    return last
print(plain(), 'last' in globals())
def nested_comp():
    [[(inner_last := (i, j)) for j in range(2)] for i in range(2)]
    return inner_last
print(nested_comp())
def glob_in_nested():
    def f():
        global gval
        [gval := k for k in 'ab']
    f()
    return gval
print(glob_in_nested(), gval)
