# basics: pass in functions, classes, loops and conditionals; docstring-only bodies
def noop():
    pass
print(noop())

def doc_only():
    "This function only has a docstring."
print(doc_only())

class Empty:
    pass
print(type(Empty()).__name__)

class DocOnly:
    """A class with only a docstring."""
print(DocOnly.__name__)

for i in range(3):
    pass
print(i)

if True:
    pass
else:
    pass

while False:
    pass

try:
    pass
except Exception:
    pass
finally:
    pass

def f(x):
    if x:
        pass
    else:
        return "falsy"
    return "truthy"
print(f(1), f(0))
class WithMethod:
    def m(self):
        pass
print(WithMethod().m())
...
print(...)
