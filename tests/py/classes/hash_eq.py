# __hash__ and __eq__: defining __eq__ sets __hash__ to None, explicit and inherited hashes
class Plain:
    pass
class EqOnly:
    def __eq__(self, other):
        return True
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7
class NoHash:
    __hash__ = None
class SubEq(EqAndHash):
    def __eq__(self, other):
        return False
class SubKeep(EqAndHash):
    pass

print(EqOnly.__hash__, NoHash.__hash__, SubEq.__hash__)
print(hash(EqAndHash()), hash(SubKeep()), "__hash__" in SubKeep.__dict__)
for cls in (EqOnly, NoHash, SubEq):
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError", e)
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: 1}[p])
print(EqOnly() == 1, EqOnly() != 1)
s = {EqAndHash(), EqAndHash()}
print(len(s))

# restoring hashability in a subclass
class Again(EqOnly):
    __hash__ = object.__hash__
a = Again()
print(hash(a) == object.__hash__(a))

# __ne__ defaults to the inverse of __eq__
class Ne:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    __hash__ = object.__hash__
print(Ne(1) != Ne(1), Ne(1) != Ne(2), Ne(1) == Ne(1))

# __eq__ returning NotImplemented falls back to identity
class NI:
    def __eq__(self, o):
        return NotImplemented
n = NI()
print(n == n, n == NI(), n != NI())
