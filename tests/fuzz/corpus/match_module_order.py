# match: captures are stored in the pattern's order (visible in a namespace's key order)
def new_names(before):
    return [k for k in globals() if k not in before]

before = set(globals()) | {"before"}
match [1, 2, 3]:
    case [first, second, third]:
        pass
print(new_names(before))

before = set(globals()) | {"before"}
match {"b": 1, "a": 2}:
    case {"a": alpha, "b": beta, **rest1}:
        pass
print(new_names(before))

before = set(globals()) | {"before"}
match (1, (2, 3)) :
    case (outer1, (inner1, inner2) as grouped):
        pass
print(new_names(before))

before = set(globals()) | {"before"}
match (2, 1):
    case (zz, 9) | (zz, 1) if False:
        pass
    case (yy2, xx2) | (xx2, yy2):
        pass
print(new_names(before))

class Scope:
    match [1, [2, 3]]:
        case [k1, [k2, k3]] as kall:
            pass
print([k for k in vars(Scope) if k.startswith("k")])
