# generators: close() raises GeneratorExit inside, finally blocks run
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = g1()
print(next(g))
print(g.close())
print(list(g))
g.close()

def g2():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = g2()
next(g)
g.close()

def g3():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"

g = g3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g4():
    try:
        yield 1
    except GeneratorExit:
        return "value ignored"

g = g4()
next(g)
print(g.close())

def g5():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

g = g5()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)

g = g1()
g.close()
print(list(g))

def g6():
    yield 1
g = g6()
print(list(g))
g.close()
print("closed twice fine")
