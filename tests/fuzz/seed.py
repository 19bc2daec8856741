#!/usr/bin/env python3
# tests/fuzz/seed.py: picks the seed corpus (tests/fuzz/corpus) from a libFuzzer merge control file.
# Layer: tests (fuzzing). Used by `make fuzz-seed`; see tests/fuzz/README.md.
# SPDX-License-Identifier: MIT
"""Greedy set cover over the coverage edges of each candidate script.

libFuzzer's own -merge keeps every file that adds any feature, which for the py
suite is most of it (about 550 files). The seeds only need to reach the code:
mutation does the rest. So this takes, again and again, the script that adds
the most new edges per byte (small seeds mutate faster), and stops when the
best one adds fewer than MIN_GAIN edges.

usage: seed.py CONTROL_FILE OUT_DIR
"""
import os
import shutil
import sys

MIN_GAIN = 3      # edges a script must add to be kept
SIZE_BIAS = 200   # bytes added to each size, so tiny scripts do not win on size alone
HAND = 'hand_'    # seeds written for the corpus itself, not picked from tests/py


def read_control(path):
    """Returns the candidate file names and, per index, the set of edges it covers."""
    lines = open(path).read().split('\n')
    count = int(lines[0])
    names = lines[2:2 + count]
    cov = {}
    for line in lines[2 + count:]:
        parts = line.split()
        if parts and parts[0] == 'COV':
            cov[int(parts[1])] = set(map(int, parts[2:]))
    return names, cov


def choose(names, cov):
    """The greedy cover: indices of the chosen scripts, in the order chosen."""
    sizes = {i: os.path.getsize(names[i]) for i in cov}
    have, chosen = set(), []
    while cov:
        best = max(cov, key=lambda i: (len(cov[i] - have) / (sizes[i] + SIZE_BIAS), -i))
        if len(cov[best] - have) < MIN_GAIN:
            break
        chosen.append(best)
        have |= cov.pop(best)
    return chosen, have


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().split('\n')[-1])
    names, cov = read_control(sys.argv[1])
    every = set().union(*cov.values()) if cov else set()
    chosen, have = choose(names, cov)
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):   # the previous pick; hand-written seeds stay
        if not name.startswith(HAND):
            os.remove(os.path.join(out, name))
    for i in chosen:
        shutil.copy(names[i], os.path.join(out, os.path.basename(names[i])))
    size = sum(os.path.getsize(names[i]) for i in chosen)
    print(f'seed.py: {len(chosen)} of {len(names)} scripts, {size} bytes, '
          f'{len(have)} of {len(every)} edges')


if __name__ == '__main__':
    main()
