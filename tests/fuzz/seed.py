#!/usr/bin/env python3
# tests/fuzz/seed.py: picks the py suite's scripts for the seed corpus (tests/fuzz/seeds.txt)
# from a libFuzzer merge control file.
# Layer: tests (fuzzing). Used by `make fuzz-seed`; see tests/fuzz/README.md.
# SPDX-License-Identifier: MIT
"""Greedy set cover over the coverage edges of each candidate script.

libFuzzer's own -merge keeps every file that adds any feature, which for the py
suite is most of it (about 550 files). The seeds only need to reach the code:
mutation does the rest. So this takes, again and again, the script that adds
the most new edges per byte (small seeds mutate faster), and stops when the
best one adds fewer than MIN_GAIN edges.

The pick is a list of paths, not copies: `make fuzz` assembles the corpus
from it and the hand-written seeds of tests/fuzz/corpus.

usage: seed.py CONTROL_FILE SEEDS_LIST
"""
import os
import sys

MIN_GAIN = 3      # edges a script must add to be kept
SIZE_BIAS = 200   # bytes added to each size, so tiny scripts do not win on size alone
PY_ROOT = 'tests/py'


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


def suite_paths():
    """The py suite's scripts by the flat name `make fuzz-seed` gave their copies."""
    paths = {}
    for root, _, files in os.walk(PY_ROOT):
        for f in files:
            p = os.path.join(root, f)
            paths[os.path.relpath(p, PY_ROOT).replace(os.sep, '_')] = p
    return paths


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().split('\n')[-1])
    names, cov = read_control(sys.argv[1])
    every = set().union(*cov.values()) if cov else set()
    chosen, have = choose(names, cov)
    paths = suite_paths()
    picked = sorted(paths[os.path.basename(names[i])] for i in chosen)
    with open(sys.argv[2], 'w') as f:
        f.write(''.join(p + '\n' for p in picked))
    size = sum(os.path.getsize(names[i]) for i in chosen)
    print(f'seed.py: {len(chosen)} of {len(names)} scripts, {size} bytes, '
          f'{len(have)} of {len(every)} edges')


if __name__ == '__main__':
    main()
