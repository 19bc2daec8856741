# bench/nbody.py at its tiny size prints CPython's checksum (five planets under Newtonian gravity, advanced with a fixed time step)
import sys

sys.path.insert(0, "../../../bench")
import nbody

nbody.main(nbody.TINY)
