# fft: iterative radix-2 FFT and its inverse over complex numbers, with float twiddles.
# SPDX-License-Identifier: MIT
# Complex and float arithmetic, list indexing, bit-reversal; checks the round trip.

import sys
import math

DEFAULT = 15
TINY = 3


def bit_reverse(a):
    n = len(a)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            a[i], a[j] = a[j], a[i]


def fft(a, inverse):
    n = len(a)
    bit_reverse(a)
    length = 2
    sign = 1.0 if inverse else -1.0
    while length <= n:
        ang = sign * 2.0 * math.pi / length
        wl = complex(math.cos(ang), math.sin(ang))
        half = length >> 1
        for start in range(0, n, length):
            w = 1 + 0j
            for k in range(start, start + half):
                u = a[k]
                v = a[k + half] * w
                a[k] = u + v
                a[k + half] = u - v
                w *= wl
        length <<= 1
    if inverse:
        for i in range(n):
            a[i] /= n


def main(log2n):
    n = 1 << log2n
    # A deterministic signal: two tones and a ramp.
    data = [complex(math.sin(0.1 * i) + 0.5 * math.cos(0.37 * i), (i % 7) * 0.125)
            for i in range(n)]
    orig = list(data)
    rounds = 3
    err = 0.0
    peak = 0.0
    for _ in range(rounds):
        fft(data, False)
        peak = max(abs(z) for z in data)
        fft(data, True)
        err = max(err, max(abs(data[i] - orig[i]) for i in range(n)))
        data = list(orig)
    print(n, "%.6f" % peak, err < 1e-9)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
