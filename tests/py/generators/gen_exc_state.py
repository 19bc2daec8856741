# generators: exceptions being handled across yields and implicit chaining
import sys

def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

it = g()
print(next(it))
try:
    raise KeyError("outside")
except KeyError:
    print(next(it))
    print(sys.exc_info()[0].__name__)
print(next(it))

def chain():
    try:
        yield 1
    except KeyError as e:
        raise ValueError("converted") from e

it = chain()
next(it)
try:
    it.throw(KeyError("original"))
except ValueError as e:
    print(repr(e), repr(e.__cause__))

def implicit():
    try:
        yield 1
    except KeyError:
        raise TypeError("during")

it = implicit()
next(it)
try:
    it.throw(KeyError("first"))
except TypeError as e:
    print(repr(e), repr(e.__context__))

def reraise():
    try:
        yield
    except Exception:
        yield "handling"
        raise

it = reraise()
next(it)
print(it.throw(IndexError("idx")))
try:
    next(it)
except IndexError as e:
    print("reraised", e)
