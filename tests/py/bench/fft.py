# bench/fft.py at its tiny size prints CPython's checksum (iterative radix-2 FFT and its inverse over complex numbers, with float twiddles)
import sys

sys.path.insert(0, "../../../bench")
import fft

fft.main(fft.TINY)
