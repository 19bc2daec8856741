# match: **rest in mapping patterns collects the other items into a new dict
def split(d):
    match d:
        case {"id": i, **rest}:
            return i, rest
    return None

orig = {"a": 1, "id": 7, "b": 2, "c": 3}
i, rest = split(orig)
print(i, rest, list(rest))
rest["new"] = 1
print("original unchanged:", orig)
print(split({"id": 1}))
print(split({"name": 1}))

# **rest alone copies every item
match {"x": 1, "y": 2}:
    case {**everything}:
        print(everything)
match {}:
    case {**everything}:
        print("empty rest", everything)

# rest is a plain dict even for a dict subclass subject
class MyDict(dict):
    pass
match MyDict(a=1, b=2, c=3):
    case {"b": b, **others}:
        print(type(others).__name__, b, others)

# rest after several keys, keeping insertion order of the remaining ones
match {5: "five", 1: "one", 4: "four", 2: "two", 3: "three"}:
    case {1: one, 3: three, **others}:
        print(one, three, others)

# rest is bound only when the whole pattern matches
r = "unset"
match {"a": 1}:
    case {"a": 2, **r}:
        print("no")
    case _:
        print("rest still", r)

# rest inside a sequence and together with other captures
match [{"k": 1, "v": 2}, {"k": 3}]:
    case [{"k": k1, **r1}, {"k": k2, **r2}]:
        print(k1, r1, k2, r2)
