# match: starred sub-patterns in sequences: *rest at any place, *_ and empty rests
def parts(seq):
    match seq:
        case [*init, "end"]:
            return "init %r" % (init,)
        case ["start", *rest]:
            return "rest %r" % (rest,)
        case [first, *middle, last]:
            return "first %r middle %r last %r" % (first, middle, last)
        case [*everything]:
            return "everything %r" % (everything,)

for v in [["end"], [1, 2, "end"], ["start"], ("start", 1, 2), [1, 2], (1, 2, 3, 4), [7], [], (),
          range(4), range(1)]:
    print(repr(v), "->", parts(v))

# the starred capture is always a list, even for a tuple or range subject
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match range(10, 15):
    case [*b, c]:
        print(type(b).__name__, b, c)

# star wildcard: no copy, any length that fits
def ends(seq):
    match seq:
        case [a, *_, b]:
            return (a, b)
        case [*_]:
            return "short"
print(ends([1, 2, 3, 4, 5]), ends([1, 2]), ends([1]), ends([]), ends(range(100)))

def head(seq):
    match seq:
        case [h, *_]:
            return h
    return "empty"
print(head([3, 2, 1]), head(()), head("abc"), head(range(2, 5)))

def tail(seq):
    match seq:
        case [*_, t]:
            return t
    return "empty"
print(tail([3, 2, 1]), tail(()), tail(range(2, 5)))

# several items around the star
match [1, 2, 3, 4, 5, 6, 7]:
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)
match [1, 2, 3, 4]:
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)
match [1, 2, 3]:
    case [a, b, *mid, y, z]:
        print("too short")
    case _:
        print("too short for five fixed items")
match [1, 2, 3, 4, 5]:
    case [1, *_, 4, 5]:
        print("wildcard star with literals around it")
match [1, 2, 3, 4, 5]:
    case [_, *_, _]:
        print("only wildcards")
