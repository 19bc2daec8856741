# basics: global declarations, reading globals and module-level rebinding
counter = 0

def inc():
    global counter
    counter += 1

inc()
inc()
print(counter)

def read_only():
    return counter * 10
print(read_only())

def create():
    global created
    created = "new global"
create()
print(created)

x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)

def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)

def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)

def uses_later_global():
    return later
later = "defined after function"
print(uses_later_global())
lst = []
def mutate():
    lst.append(1)
mutate()
mutate()
print(lst)
print("counter" in globals(), "nope" in globals())
