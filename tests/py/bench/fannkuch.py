# bench/fannkuch.py at its tiny size prints CPython's checksum (pancake flips over every permutation of 1..n (max flips and checksum))
import sys

sys.path.insert(0, "../../../bench")
import fannkuch

fannkuch.main(fannkuch.TINY)
