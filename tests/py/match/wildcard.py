# match: the wildcard `_` matches anything and binds nothing; `case _` as the default
_ = "untouched"
match 42:
    case _:
        print("wildcard matched")
print("_ is still", _)

def classify(v):
    match v:
        case 1:
            return "one"
        case _:
            return "default"
print(classify(1), classify(2), classify(None))

# a default with a guard can fall off the end
def guarded(v):
    match v:
        case 0:
            return "zero"
        case _ if v > 100:
            return "big"
    return "fell through"
print(guarded(0), guarded(500), guarded(5))

# wildcards inside structures
match (1, 2, 3):
    case (_, _, _):
        print("three anythings")
match [1, [2, 3]]:
    case [_, [_, x]]:
        print("nested wildcard, x =", x)
match {"a": 1, "b": 2}:
    case {"a": _, "b": _}:
        print("mapping values ignored")
print("_ is still", _)

# a match with only a wildcard case
count = 0
for v in range(3):
    match v:
        case _:
            count += 1
print("count", count)

# wildcard alone still evaluates the subject once
def subj():
    print("subject evaluated")
    return 1
match subj():
    case _:
        print("done")

# a single case that is only a wildcard, with a guard that fails
match subj():
    case _ if False:
        print("never")
print("after guarded wildcard")
