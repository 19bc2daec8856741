# str: a text over 2**32-1 bytes is a MemoryError before anything is allocated (the header's counts are 32-bit, docs/internals.md); .exp since CPython would try to allocate the 4 GiB
def attempt(label, f):
    try:
        r = f()
        print(label, len(r))
    except MemoryError:
        print(label, "MemoryError")


attempt("repeat 2**32 bytes", lambda: "ab" * 2**31)
attempt("repeat 2**32 non-ASCII bytes", lambda: "\xe9" * 2**31)
attempt("repeat 2**34 bytes", lambda: "abcd" * 2**32)
attempt("repeat small", lambda: "ab" * 5)
# Strs near the limit's scale of counts still measure, hash and compare.
s = "x" * 70000 + "\u20ac" * 70000
print(len(s), len(s.encode()), s[69999:70001] == "x\u20ac", hash(s) == hash(s[:70000] + s[70000:]))
