# match: None, True and False patterns compare by identity, not equality
def which(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else: " + repr(x)

for v in [None, True, False, 0, 1, 0.0, 1.0, "", [], (), "None", "True"]:
    print(which(v))

# an object equal to everything is still not True/False/None
class Eq:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "Eq()"
print(which(Eq()))

# but a literal 1 or 0 does match True and False (by ==)
def num(x):
    match x:
        case 1:
            return "one"
        case 0:
            return "zero"
    return "none matched"
print(num(True), num(False), num(None))

# singletons inside structures
def pair(p):
    match p:
        case (None, None):
            return "both None"
        case (True, x) | (x, True):
            return "one True, other " + repr(x)
        case [False, *rest]:
            return "starts False, then " + repr(rest)
    return "no"
for v in [(None, None), (True, 3), (4, True), [False, 1, 2], (1, 1), (0, None), [False]]:
    print(v, pair(v))
