# raytrace: a small ray tracer (spheres, a plane, one light, shadows, reflections).
# SPDX-License-Identifier: MIT
# Float maths through a Vec class with operator dunders and method calls.

import sys
import math

DEFAULT = 200
TINY = 2


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def hit(self, orig, d):
        oc = orig - self.centre
        b = oc.dot(d)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).norm()


class Plane:
    def __init__(self, point, n, colour, reflect):
        self.point = point
        self.n = n
        self.colour = colour
        self.reflect = reflect

    def hit(self, orig, d):
        den = self.n.dot(d)
        if abs(den) < 1e-9:
            return None
        t = (self.point - orig).dot(self.n) / den
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n

    def colour_at(self, p):
        # A checkerboard: which square the point falls in.
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.colour
        return Vec(0.2, 0.2, 0.2)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
            Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.2, 0.2, 0.9), 0.5),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.9, 0.9, 0.9), 0.1),
        ]
        self.light = Vec(-3.0, 6.0, 1.0)

    def nearest(self, orig, d):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(orig, d)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, orig, d, depth):
        obj, t = self.nearest(orig, d)
        if obj is None:
            return Vec(0.1, 0.1, 0.15)
        p = orig + d * t
        n = obj.normal(p)
        colour = obj.colour_at(p) if isinstance(obj, Plane) else obj.colour
        to_light = (self.light - p).norm()
        shade = 0.1
        blocker, bt = self.nearest(p, to_light)
        if blocker is None or bt > (self.light - p).dot(to_light):
            lam = n.dot(to_light)
            if lam > 0.0:
                shade += 0.9 * lam
        result = colour * shade
        if depth < 3 and obj.reflect > 0.0:
            r = d - n * (2.0 * d.dot(n))
            result = result * (1.0 - obj.reflect) + self.trace(p, r, depth + 1) * obj.reflect
        return result


def main(size):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    total = 0
    h = 0
    for j in range(size):
        for i in range(size):
            d = Vec((i - size / 2) / size, (size / 2 - j) / size, 1.0).norm()
            c = scene.trace(eye, d, 0)
            pix = int(min(c.x, 1.0) * 255) + int(min(c.y, 1.0) * 255) + int(min(c.z, 1.0) * 255)
            total += pix
            h = (h * 131 + pix) % 1000000007
    print(size, total, h)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
