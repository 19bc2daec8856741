# bench/chaos.py at its tiny size prints CPython's checksum (the chaos game on an iterated function system, drawn into a grid)
import sys

sys.path.insert(0, "../../../bench")
import chaos

chaos.main(chaos.TINY)
