# generators: a dropped generator stopped inside try/with is closed by the collector
import gc

def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally ran")

def plain():
    for i in range(3):
        yield i

class CM:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None)
        return False

def in_with():
    with CM():
        yield "in with"

def make_and_drop(log):
    x = with_finally(log)
    next(x)

log = []
make_and_drop(log)
gc.collect()
print(log)

y = plain()
next(y)
y = None
gc.collect()
print("plain generator dropped quietly")

z = in_with()
print(next(z))
z = None
gc.collect()

def finished():
    try:
        yield 1
    finally:
        print("runs once, at the end")

for v in finished():
    pass
gc.collect()

def handles():
    try:
        yield "a"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

h = handles()
next(h)
h = None
gc.collect()
print("end")
