# match: forms of the subject and `match`/`case` as ordinary names (soft keywords)
# tuple subjects without parentheses, with a trailing comma, and starred items
a, b = 1, 2
match a, b:
    case (1, 2):
        print("bare tuple")
match a,:
    case (x,):
        print("one-tuple subject", x)
rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject")
match *rest, a:
    case (3, 4, 1):
        print("starred first")

# walrus in the subject
match (n := 10):
    case 10:
        print("walrus subject", n)

# call and subscript subjects
def make():
    return {"k": [1, 2]}
match make()["k"]:
    case [1, y]:
        print("subscripted call", y)

# match and case as names
match = 5
case = 6
print(match + case)
match = [1, 2]
print(match[0], match[-1])
def match(x):
    return "called match(%r)" % (x,)
print(match(1))
match(2)
print(match((3)))
case = {"case": 1}
print(case["case"])
del match
# `match` used as a subject name
match = 7
match match:
    case 7:
        print("match matched match")
case = [1]
match case:
    case [case]:
        print("case captured", case)
