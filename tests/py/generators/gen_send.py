# generators: send() values into yield expressions and the rules around it
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(g.send(None))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

g = acc()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))

def after_end():
    yield 1

g = after_end()
next(g)
for i in range(2):
    try:
        g.send(None)
    except StopIteration as e:
        print("stop", e.args)

def running():
    yield g2.send(None)

g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
print(g2.gi_running)

def yield_expr_order():
    a = (yield 1) + (yield 2)
    yield a

g = yield_expr_order()
print(next(g), g.send(10), g.send(20))
