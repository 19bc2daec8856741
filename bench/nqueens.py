# nqueens: all solutions of the n-queens problem, by two methods that must agree.
# SPDX-License-Identifier: MIT
# A generator of permutations with sets and comprehensions, and a recursive bitmask search.

import sys

DEFAULT = 8
TINY = 5


def permutations(items):
    # Yields every ordering of items (a pure-Python generator, not itertools).
    n = len(items)
    if n <= 1:
        yield tuple(items)
        return
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield (items[i],) + p


def queens_by_permutation(n):
    cols = range(n)
    found = []
    for vec in permutations(list(cols)):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            found.append(vec)
    return found


def queens_by_bits(n):
    full = (1 << n) - 1

    def place(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return place(0, 0, 0)


def main(n):
    found = queens_by_permutation(n)
    count = 0
    for _ in range(32 if n > TINY else 1):
        count = queens_by_bits(n + 2)
    h = 0
    for vec in found:
        for v in vec:
            h = (h * 10 + v) % 1000000007
    print(n, len(found), count, h, found[0] if found else None)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
