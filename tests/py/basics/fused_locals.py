# [exit 1] LOAD_FAST LOAD_FAST and STORE_FAST LOAD_FAST run as fused pairs: unbound locals in either half, pairs spanning lines, jumps into the second half, the traceback of an error in the second half
import sys


def first_unbound():
    a = b + 1   # noqa: F821 (b is a later local)
    b = 2
    return a


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def pair_across_lines(n):
    x = n
    if n > 5:
        y = n
    return (x
            +
            y)


def store_then_unbound():
    x = 1
    del_me = x
    del del_me
    x = 2
    return del_me   # noqa: F821


def loop_head(n):
    # The loop's head jumps to the second LOAD_FAST of a pair.
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


def line_of(fn, *args):
    try:
        fn(*args)
    except (NameError, UnboundLocalError) as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno - fn.__code__.co_firstlineno)


line_of(first_unbound)
print(second_unbound(True))
line_of(second_unbound, False)
line_of(pair_across_lines, 3)
line_of(store_then_unbound)
print(loop_head(10), loop_head(0))


def swap(a, b):
    a, b = b, a
    return a, b


print(swap(1, 2), swap("x", [3]))


def many(a, b, c, d, e):
    return a, b, c, d, e, a + b + c + d + e


print(many(1, 2, 3, 4, 5))


def index_unbound():
    x = lst[0]   # noqa: F821 (lst is a later local)
    lst = [1]
    return x


line_of(index_unbound)


def gen(n):
    for i in range(n):
        yield i * 10
    return "done"


def for_kinds():
    # FOR_ITER then STORE_FAST over lists, tuples, ranges, dicts, generators, strs.
    out = []
    for x in [1, 2]:
        out.append(x)
    for x in (3, 4):
        out.append(x)
    for x in range(5, 7):
        out.append(x)
    for x in {"k": 1, "l": 2}:
        out.append(x)
    for x in gen(3):
        out.append(x)
    for x in "ab":
        out.append(x)
    for x in iter([7, 8]):
        if x == 8:
            break
        out.append(x)
    else:
        out.append("no break")
    for x in []:
        out.append(x)
    else:
        out.append("empty")
    return out, x


print(for_kinds())


def dict_grows():
    d = {1: 1}
    for k in d:
        d[k + 1] = 0


try:
    dict_grows()
except RuntimeError as e:
    print("RuntimeError", e, e.__traceback__.tb_next.tb_lineno - dict_grows.__code__.co_firstlineno)


def gen_raises():
    yield 1
    raise ValueError("from the generator")


def for_gen_raises():
    got = []
    for v in gen_raises():
        got.append(v)
    return got


try:
    for_gen_raises()
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_lineno - for_gen_raises.__code__.co_firstlineno)
sys.stdout.flush()
second_unbound(False)
