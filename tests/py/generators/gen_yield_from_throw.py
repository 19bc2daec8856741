# generators: throw() and close() pass through yield from to the inner generator
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
        return "inner done"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "outer next"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))

g = outer()
print(next(g))
print(g.throw(KeyError("k")))

g = outer()
next(g)
g.close()
print("closed")

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n * 10)
        return self.n
    def throw(self, exc):
        print("It.throw", type(exc).__name__)
        return "thrown"
    def close(self):
        print("It.close")

def over_it():
    r = yield from It()
    yield ("ret", r)

print(list(over_it()))
g = over_it()
next(g)
print(g.throw(ValueError))
g.close()

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def over_nothrow():
    try:
        yield from NoThrow()
    except ValueError:
        yield "outer handled"

g = over_nothrow()
next(g)
print(g.throw(ValueError))
print(g.gi_yieldfrom)
