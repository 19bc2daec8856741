# match: when sequence patterns call __len__ and __getitem__ on the subject (list subclass that logs)
class Log(list):
    def __len__(self):
        print("  __len__")
        return list.__len__(self)
    def __getitem__(self, i):
        print("  __getitem__", i)
        return list.__getitem__(self, i)

def run(label, make):
    print(label)
    make()

def star_only():
    match Log([1, 2, 3]):
        case [*_]:
            print("  matched [*_]")
run("[*_]", star_only)

def star_capture():
    match Log([1, 2, 3]):
        case [*r]:
            print("  matched [*r]", r)
run("[*r]", star_capture)

def fixed():
    match Log([1, 2, 3]):
        case [a, b]:
            print("  two?")
        case [a, b, c]:
            print("  three", a, b, c)
run("[a, b] then [a, b, c]", fixed)

def star_wild_end():
    match Log([1, 2, 3]):
        case [*_, z]:
            print("  last", z)
run("[*_, z]", star_wild_end)

def star_wild_mid():
    match Log([1, 2, 3, 4]):
        case [a, *_, z]:
            print("  ends", a, z)
run("[a, *_, z]", star_wild_mid)

def star_capture_mid():
    match Log([1, 2, 3, 4]):
        case [a, *m, z]:
            print("  parts", a, m, z)
run("[a, *m, z]", star_capture_mid)

def too_short():
    match Log([1]):
        case [a, *m, z]:
            print("  no")
        case _:
            print("  too short")
run("[a, *m, z] on one item", too_short)

def all_wild():
    match Log([1, 2]):
        case [_, _]:
            print("  two wildcards")
run("[_, _]", all_wild)
