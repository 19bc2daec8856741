# bench/wordcount.py at its tiny size prints CPython's checksum (word frequencies of a generated text (split, lower, strip, dict counting, sorting))
import sys

sys.path.insert(0, "../../../bench")
import wordcount

wordcount.main(wordcount.TINY)
