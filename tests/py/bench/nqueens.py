# bench/nqueens.py at its tiny size prints CPython's checksum (all solutions of the n-queens problem, by two methods that must agree)
import sys

sys.path.insert(0, "../../../bench")
import nqueens

nqueens.main(nqueens.TINY)
