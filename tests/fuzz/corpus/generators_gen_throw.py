# generators: throw() at the suspended yield, caught or propagating
def g1():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
        except KeyError:
            print("key; leaving")
            return "left"

g = g1()
print(next(g))
print(g.throw(ValueError("bad")))
print(g.throw(ValueError, "worse"))
print(g.throw(ValueError, ValueError("inst")))
try:
    g.throw(KeyError)
except StopIteration as e:
    print("stopped with", e.value)

def g2():
    yield 1
    yield 2

g = g2()
next(g)
try:
    g.throw(IndexError("out"))
except IndexError as e:
    print("propagated", e)
print(list(g))

g = g2()
try:
    g.throw(RuntimeError("fresh"))
except RuntimeError as e:
    print("fresh gen", e)
print(list(g))

def g3():
    try:
        yield 1
    finally:
        print("cleanup")

g = g3()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("after cleanup", e)

try:
    g2().throw(42)
except TypeError as e:
    print("TypeError", e)

def g4():
    try:
        yield
    except Exception as e:
        yield type(e).__name__

g = g4()
next(g)
print(g.throw(ZeroDivisionError))
