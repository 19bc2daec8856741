# match: literal and value patterns use ==, asking the subject first, with the reflected fallback
class Tracer:
    def __init__(self, name, result):
        self.name, self.result = name, result
    def __eq__(self, other):
        print("  %s.__eq__(%r)" % (self.name, other))
        return self.result
    def __repr__(self):
        return self.name

match Tracer("yes", True):
    case 1:
        print("matched 1")
match Tracer("no", False):
    case 1:
        print("no")
    case "s":
        print("no")
    case _:
        print("none matched")

# NotImplemented from the subject falls back to the literal's __eq__, then identity
match Tracer("ni", NotImplemented):
    case 1:
        print("no")
    case _:
        print("NotImplemented: not equal")

# the value pattern's __eq__ is asked when the subject's returns NotImplemented
class Val:
    def __eq__(self, other):
        print("  Val.__eq__(%r)" % (other,))
        return other == "magic"
class Holder:
    v = Val()
match "magic":
    case Holder.v:
        print("value pattern's __eq__ said yes")
match "plain":
    case Holder.v:
        print("no")
    case _:
        print("value pattern's __eq__ said no")

# a truthy non-bool result counts as a match
match Tracer("truthy", [1]):
    case 5:
        print("truthy result matched")
match Tracer("falsy", []):
    case 5:
        print("no")
    case _:
        print("falsy result did not match")

# sequence items and mapping values compare the same way
match [Tracer("item", True)]:
    case [1]:
        print("item matched")
match {"k": Tracer("val", True)}:
    case {"k": "anything"}:
        print("mapping value matched")
