# bench/pystone.py at its tiny size prints CPython's checksum (a mix of calls, globals, records, arrays and string compares in the spirit of Dhrystone)
import sys

sys.path.insert(0, "../../../bench")
import pystone

pystone.main(pystone.TINY)
