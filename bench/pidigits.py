# pidigits: decimal digits of pi from a streaming spigot (Gibbons' unbounded algorithm).
# SPDX-License-Identifier: MIT
# Bigint multiply, add and floor division on numbers growing to thousands of digits.

import sys

DEFAULT = 2800
TINY = 30


def pi_digits(count):
    # State (q, r, t, k) of a linear fractional transform; a digit is safe when
    # floor((3q+r)/t) equals floor((4q+r)/t).
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
    return digits


def main(n):
    digits = pi_digits(n)
    text = "".join(str(d) for d in digits)
    h = 0
    for d in digits:
        h = (h * 10 + d) % 1000000007
    print(n, text[:20], text[-20:], sum(digits), h)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
