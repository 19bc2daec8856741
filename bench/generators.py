# generators: generator pipelines, yield from, generator expressions and closures.
# SPDX-License-Identifier: MIT
# Resuming frames, closures over cells, nonlocal counters and higher-order functions.

import sys

DEFAULT = 860000
TINY = 60


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def mapped(f, it):
    for x in it:
        yield f(x)


def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x


def chained(*its):
    for it in its:
        yield from it


def tree(depth):
    # A recursive generator: yield from a binary tree of generators.
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


def compose(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def main(n):
    scale = 3
    f = compose(lambda x: x * scale, lambda x: x ^ 5, lambda x: x % 1000)
    total = sum(mapped(f, filtered(lambda x: x % 3 != 0, naturals(n))))
    bump = make_counter()
    for x in chained(naturals(n // 4), (y * 2 for y in range(n // 4))):
        bump(x & 7)
    t = 0
    for v in tree(12 if n > TINY else 3):
        t += v
    adders = make_adders(50)
    a = 0
    for i in range(n // 50):
        for add in adders:
            a = add(a) % 1000003
    squares = sum(x * x for x in range(n) if x & 1)
    print(n, total, bump(0), t, a, squares % 1000000007)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
