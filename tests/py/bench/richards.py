# bench/richards.py at its tiny size prints CPython's checksum (an operating-system task scheduler simulation (idle, worker, handler and device tasks))
import sys

sys.path.insert(0, "../../../bench")
import richards

richards.main(richards.TINY)
