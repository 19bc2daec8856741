# Long left-associative chains (a.b.c..., f()()..., 1+1+..., a[0][0]...) nest as deep as the source is long: compiling them must raise RecursionError, not crash (fuzzing regression).
for name in ("_fuzz_deep_binop", "_fuzz_deep_attr", "_fuzz_deep_call", "_fuzz_deep_subscr"):
    try:
        __import__(name)
        print(name, "compiled")
    except RecursionError as e:
        print(name, type(e).__name__, e)

import _fuzz_long_ok
print(_fuzz_long_ok.x, _fuzz_long_ok.y)

# The interpreter is still usable afterwards.
print(sum(range(10)), [i * i for i in range(5)])
