# bench/raytrace.py at its tiny size prints CPython's checksum (a small ray tracer (spheres, a plane, one light, shadows, reflections))
import sys

sys.path.insert(0, "../../../bench")
import raytrace

raytrace.main(raytrace.TINY)
