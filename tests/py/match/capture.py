# match: capture patterns bind names in module, function, closure and class scopes
match 5:
    case x:
        print("module capture", x)
print("x after match:", x)

def local_capture(v):
    match v:
        case y:
            pass
    return y
print(local_capture([1, 2]), local_capture("s"))

def closure_capture(v):
    match v:
        case z:
            pass
    def inner():
        return z * 2
    return inner()
print(closure_capture(21), closure_capture("ab"))

def nonlocal_capture():
    w = "before"
    def inner(v):
        nonlocal w
        match v:
            case w:
                pass
    inner("after")
    return w
print(nonlocal_capture())

g = "old global"
def global_capture(v):
    global g
    match v:
        case g:
            pass
global_capture("new global")
print(g)

class C:
    match (1, 2):
        case (a, b):
            total = a + b
print(C.a, C.b, C.total)

# captures in a loop rebind each time
for item in [1, "two", [3]]:
    match item:
        case it:
            print("loop capture", repr(it))
print("last", it)

# capture shadows a builtin only locally
def shadow():
    match 3:
        case len:
            return len
print(shadow(), len("abc"))

# a capture of the same name as the subject variable
v = [1, 2, 3]
match v:
    case [v, *_]:
        print("rebound subject name", v)
print(v)

# private names are mangled in class bodies like any other assignment
class D:
    match 7:
        case __secret:
            pass
print(D._D__secret)
