# mandelbrot: escape-time iteration over a grid of points, in floats and in complex.
# SPDX-License-Identifier: MIT
# Tight float loops; the checksum is the total iteration count and a row hash.

import sys

DEFAULT = 300
TINY = 3
MAX_ITER = 80


def row_float(y, size):
    # The real-arithmetic form: z = z*z + c written out.
    ci = 2.0 * y / size - 1.0
    total = 0
    for x in range(size):
        cr = 2.5 * x / size - 2.0
        zr = zi = 0.0
        i = 0
        while i < MAX_ITER:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            i += 1
        total += i
    return total


def row_complex(y, size):
    # The same set with Python's complex type and abs().
    total = 0
    for x in range(size):
        c = complex(2.5 * x / size - 2.0, 2.0 * y / size - 1.0)
        z = 0j
        i = 0
        while i < MAX_ITER and abs(z) <= 2.0:
            z = z * z + c
            i += 1
        total += i
    return total


def main(size):
    total_f = 0
    total_c = 0
    h = 0
    for y in range(size):
        rf = row_float(y, size)
        total_f += rf
        total_c += row_complex(y, size)
        h = (h * 31 + rf) % 1000000007
    print(total_f, total_c, h)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
