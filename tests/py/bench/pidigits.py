# bench/pidigits.py at its tiny size prints CPython's checksum (decimal digits of pi from a streaming spigot (Gibbons' unbounded algorithm))
import sys

sys.path.insert(0, "../../../bench")
import pidigits

pidigits.main(pidigits.TINY)
