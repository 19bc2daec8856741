# bench/generators.py at its tiny size prints CPython's checksum (generator pipelines, yield from, generator expressions and closures)
import sys

sys.path.insert(0, "../../../bench")
import generators

generators.main(generators.TINY)
