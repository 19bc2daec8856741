# bench/hexiom.py at its tiny size prints CPython's checksum (a hexagonal tile puzzle solved by backtracking with constraint checks)
import sys

sys.path.insert(0, "../../../bench")
import hexiom

hexiom.main(hexiom.TINY)
