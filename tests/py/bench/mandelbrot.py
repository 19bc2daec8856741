# bench/mandelbrot.py at its tiny size prints CPython's checksum (escape-time iteration over a grid of points, in floats and in complex)
import sys

sys.path.insert(0, "../../../bench")
import mandelbrot

mandelbrot.main(mandelbrot.TINY)
