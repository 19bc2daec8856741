# match: sequence patterns with list and tuple syntax against lists, tuples and ranges
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "one: " + repr(x)
        case (x, y):
            return "two: %r %r" % (x, y)
        case [x, y, z]:
            return "three: %r %r %r" % (x, y, z)
        case x, y, z, w:
            return "four, sum %r" % (x + y + z + w)
        case _:
            return "many (%d)" % len(seq)

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (4, 5, 6), [1, 2, 3, 4],
          range(0), range(1), range(5, 7), range(3), range(4), list(range(9))]:
    print(repr(v), "->", shape(v))

# literal items must be equal
def exact(seq):
    match seq:
        case [1, 2]:
            return "one two"
        case (1, "a"):
            return "one a"
        case [0, 0, 0]:
            return "zeros"
    return "no"
print(exact([1, 2]), exact((1, 2)), exact([1, "a"]), exact((0, 0, 0)), exact([2, 1]), exact([1, 2, 0]))

# parenthesised single pattern is a group, not a tuple
match 5:
    case (x):
        print("group pattern binds", x)
match (5,):
    case (x,):
        print("one-tuple pattern binds", x)

# tuple subject of the match statement itself
a, b = 3, 4
match a, b:
    case 3, 4:
        print("tuple subject")
match a, b:
    case [p, q]:
        print("list pattern on tuple subject", p, q)

# nested sequences
match [1, (2, [3, 4]), 5]:
    case [one, (two, [three, four]), five]:
        print(one, two, three, four, five)

# items are matched in order; bindings come from the matching case only
def first_two(seq):
    match seq:
        case [a, b, *_]:
            return (a, b)
    return None
print(first_two([9, 8, 7]), first_two([1]), first_two((5, 6)))
