# chaos: the chaos game on an iterated function system, drawn into a grid.
# SPDX-License-Identifier: MIT
# Small objects, method calls and attributes, float maths and a hand-written PRNG.

import sys

DEFAULT = 240000
TINY = 60


class Rng:
    # A 31-bit linear congruential generator: the same numbers under any Python.
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled_towards(self, other, f):
        return Point(self.x + (other.x - self.x) * f, self.y + (other.y - self.y) * f)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Canvas:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.rows = [[0] * w for _ in range(h)]

    def plot(self, p, lo_x, hi_x, lo_y, hi_y):
        ix = int((p.x - lo_x) / (hi_x - lo_x) * (self.w - 1))
        iy = int((p.y - lo_y) / (hi_y - lo_y) * (self.h - 1))
        if 0 <= ix < self.w and 0 <= iy < self.h:
            self.rows[iy][ix] += 1

    def checksum(self):
        lit = 0
        h = 0
        for row in self.rows:
            for v in row:
                if v:
                    lit += 1
                h = (h * 7 + v) % 1000000007
        return lit, h


class ChaosGame:
    def __init__(self, rng):
        self.rng = rng
        # A fern and a Sierpinski triangle, chosen by weight.
        self.maps = [
            Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
            Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
            Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
            Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
        ]
        self.corners = [Point(0.0, 0.0), Point(1.0, 0.0), Point(0.5, 0.866)]

    def pick(self):
        r = self.rng.uniform()
        acc = 0.0
        for m in self.maps:
            acc += m.weight
            if r < acc:
                return m
        return self.maps[-1]

    def fern(self, canvas, n):
        p = Point(0.0, 0.0)
        for _ in range(n):
            p = self.pick().apply(p)
            canvas.plot(p, -2.5, 2.8, 0.0, 10.0)

    def triangle(self, canvas, n):
        p = Point(0.3, 0.3)
        for _ in range(n):
            p = p.scaled_towards(self.corners[self.rng.next() % 3], 0.5)
            canvas.plot(p, 0.0, 1.0, 0.0, 0.866)


def main(n):
    game = ChaosGame(Rng(42))
    a = Canvas(64, 64)
    game.fern(a, n)
    b = Canvas(64, 64)
    game.triangle(b, n // 2)
    print(n, a.checksum(), b.checksum())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
