# match: TypeErrors raised by class patterns, in CPython's words
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, type(e).__name__, e.args)

class NoArgs:
    pass
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
class One:
    __match_args__ = ("a",)
    a = 1
class ListArgs:
    __match_args__ = ["a"]
    a = 1
class IntArgs:
    __match_args__ = (1,)
class Holder:
    pass
holder = Holder()
holder.func = print
holder.obj = object()

def no_match_args():
    match NoArgs():
        case NoArgs(1):
            pass
attempt("no __match_args__", no_match_args)

def too_many():
    match Two():
        case Two(1, 2, 3):
            pass
attempt("too many", too_many)

def too_many_one():
    match One():
        case One(1, 2):
            pass
attempt("too many for one", too_many_one)

def builtin_two():
    match 5:
        case int(1, 2):
            pass
attempt("int with two", builtin_two)

def not_tuple():
    match ListArgs():
        case ListArgs(x):
            pass
attempt("list __match_args__", not_tuple)

def not_str():
    match IntArgs():
        case IntArgs(x):
            pass
attempt("int in __match_args__", not_str)

def not_a_type():
    match 5:
        case holder.func():
            pass
attempt("function as class", not_a_type)

def instance_as_type():
    match 5:
        case holder.obj(x=1):
            pass
attempt("instance as class", instance_as_type)

def repeated():
    match One():
        case One(x, a=y):
            pass
attempt("positional and keyword for one attribute", repeated)

# no isinstance, no check: errors about __match_args__ need an instance
def wrong_instance():
    match "not an instance":
        case NoArgs(1):
            print("no")
        case _:
            print("  no instance, no error")
attempt("not an instance", wrong_instance)

# keyword-only patterns never read __match_args__
def keywords_only():
    match ListArgs():
        case ListArgs(a=x):
            print("  keyword only fine", x)
attempt("keyword only", keywords_only)
