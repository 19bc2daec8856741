# bench/deltablue.py at its tiny size prints CPython's checksum (an incremental one-way constraint solver with strengths (the DeltaBlue algorithm's idea))
import sys

sys.path.insert(0, "../../../bench")
import deltablue

deltablue.main(deltablue.TINY)
