# basics: nonlocal rebinding of variables in enclosing function scopes
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    inner()
    inner()
    return x
print(outer())

def make_counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    return incr
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def three_levels():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v = v + "c"
        nonlocal v
        v = v + "b"
        inner()
    mid()
    return v
print(three_levels())

def no_nonlocal():
    y = 1
    def inner():
        y = 2
        return y
    return inner(), y
print(no_nonlocal())

def accumulate():
    total = 0
    items = []
    def add(n):
        nonlocal total
        total += n
        items.append(n)
        return total
    add(5)
    add(7)
    return total, items
print(accumulate())
