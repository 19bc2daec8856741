# bench/strbuild.py at its tiny size prints CPython's checksum (building strings by +=, join, formatting, slicing, replace and split)
import sys

sys.path.insert(0, "../../../bench")
import strbuild

strbuild.main(strbuild.TINY)
