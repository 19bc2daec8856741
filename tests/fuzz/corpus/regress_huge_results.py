# Results far too big for memory (padding to 10**12, replace that multiplies a string) raise MemoryError at once instead of growing a buffer until the machine runs out (fuzzing battery).
def attempt(name, f):
    try:
        f()
        print(name, "ok")
    except MemoryError:
        print(name, "MemoryError")


attempt("format width", lambda: "{:>1000000000000}".format(1))
attempt("zfill", lambda: "a".zfill(10 ** 12))
attempt("center", lambda: "a".center(10 ** 12))
attempt("ljust", lambda: "x".ljust(10 ** 13, "*"))
attempt("percent width", lambda: "%*d" % (10 ** 12, 1))
attempt("percent zeros", lambda: "%0*d" % (10 ** 12, 1))
attempt("f-string width", lambda: f"{1:{10 ** 12}}")
s = "ab" * 10 ** 6
attempt("replace", lambda: s.replace("a", s))
attempt("replace empty", lambda: s.replace("", s))
attempt("repeat", lambda: "ab" * 10 ** 12)
attempt("list repeat", lambda: [0] * 10 ** 12)
attempt("shift", lambda: 1 << 10 ** 12)
# The interpreter is still usable, and normal sizes still work.
print("x".center(7, "*"), "ab".replace("", "-"), "aXa".replace("a", "bb", 1), "%05d" % 42)
