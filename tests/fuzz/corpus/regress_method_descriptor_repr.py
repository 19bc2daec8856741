# repr of a built-in type's unbound method is CPython's method-descriptor form; bound and module functions keep theirs
print(repr(list.append), repr(str.join), repr(dict.get))
print(repr(len), repr([].append)[:33])
import sys
print(repr(sys.exit))
