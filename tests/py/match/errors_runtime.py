# match: exceptions raised while matching propagate and leave the interpreter in a good state
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e.args)

class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq failed")
def bad_eq():
    match BadEq():
        case 1:
            return "no"
attempt("raising __eq__", bad_eq)

class BadLen(list):
    def __len__(self):
        raise RuntimeError("len failed")
def bad_len():
    match BadLen([1]):
        case [x]:
            return x
attempt("raising __len__", bad_len)

class BadProp:
    @property
    def x(self):
        raise KeyError("prop")
def bad_prop():
    match BadProp():
        case BadProp(x=1):
            return "no"
attempt("property raising KeyError", bad_prop)

class AttrProp:
    @property
    def x(self):
        raise AttributeError("missing really")
def attr_prop():
    match AttrProp():
        case AttrProp(x=1):
            return "no"
        case _:
            return "AttributeError means the attribute is missing: no match"
attempt("property raising AttributeError", attr_prop)

class BadGet(dict):
    def get(self, key, default=None):
        raise LookupError("get failed")
def bad_get():
    match BadGet(a=1):
        case {"a": 1}:
            return "no"
attempt("raising get", bad_get)

def bad_guard():
    match [1, 2]:
        case [a, b] if a / (b - 2):
            return "no"
attempt("raising guard", bad_guard)

# after a failed match inside a loop, the loop and the stack carry on
results = []
for v in [1, BadEq(), [2], BadLen([3]), 4]:
    try:
        match v:
            case 1:
                results.append("one")
            case [x]:
                results.append(x)
            case _:
                results.append("other")
    except RuntimeError as e:
        results.append(str(e))
print(results)

# a mapping with an extra get that invents values makes the **rest copy fail
class Liar(dict):
    def get(self, key, default=None):
        return "invented"
def liar():
    match Liar(a=1):
        case {"zzz": v, **rest}:
            return v, rest
attempt("rest without the key", liar)

# a non-type after the value lookup
not_a_class = 5
class NS:
    pass
ns = NS()
ns.t = len
def not_type():
    match 3:
        case ns.t(1):
            return "no"
attempt("builtin function as class", not_type)

# an exception raised mid-pattern inside an except handler and a with block
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("  exit sees", exc[0].__name__ if exc[0] else None)
        return True
def nested_handlers():
    try:
        raise KeyError("first")
    except KeyError:
        with Ctx():
            for item in [[1, BadEq()], [2]]:
                match item:
                    case [1, 5]:
                        print("no")
                    case [x]:
                        print("  x", x)
        try:
            match [BadLen([1])]:
                case [[y]]:
                    print("no")
        except RuntimeError as e:
            print("  inner", e)
        return "handler finished"
attempt("nested handlers", nested_handlers)
