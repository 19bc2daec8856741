#!/usr/bin/python3
# tools/smallest_heap.py: finds the smallest -X heapsize at which a program still runs as with the default heap.
# SPDX-License-Identifier: MIT
"""Binary search for a program's smallest working heap (baseline-figures.md §4's method).

Usage: tools/smallest_heap.py [--bin build/micropython] [--step 16] [--no-check]
                              [--markdown] [--timeout S] [-c CODE]... [script[:ARG]]...

For each program (each script, or -c CODE) the output and exit status with
the default heap are the reference: it must exit 0.  A heap size H passes
when `BIN -X heapsize=H program` exits 0 with the same output, within the
timeout (default: 10x the reference run's time plus 5 s).  The search first
doubles an upper bound from 64 KiB until it passes, then halves the interval
down to --step bytes; the answer is the smallest passing multiple of the
step.  Then, unless --no-check, H-16 must fail and H+64 and H+1024 pass (the
baseline's check); anything else means the result is not monotonic around H
and is printed as a warning.  To pass a script one argument, write
`script:ARG` (e.g. bench/nbody.py:5000).

Prints one line per program, or a Markdown table with --markdown.  Exit
status 1 if a reference run failed or a check did not hold, else 0.
"""

import argparse
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
START = 64 * 1024
LIMIT = 1 << 32


def run(binary, heap, prog, timeout):
    """(exit status, output) of one run; status None on a timeout."""
    cmd = [binary] + (["-X", "heapsize=%d" % heap] if heap else []) + prog
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b""
    return p.returncode, p.stdout


def smallest(binary, prog, step, timeout):
    """Returns (H, reference seconds, runs made); H is None if no heap up to LIMIT works."""
    t0 = time.perf_counter()
    status, ref = run(binary, 0, prog, None)
    ref_time = time.perf_counter() - t0
    if status != 0:
        raise RuntimeError("the default-heap run exits %s:\n%s" % (status, ref.decode(errors="replace")))
    if timeout is None:
        timeout = 10 * ref_time + 5
    runs = [0]

    def passes(h):
        runs[0] += 1
        st, out = run(binary, h, prog, timeout)
        return st == 0 and out == ref

    lo, hi = 0, START
    while not passes(hi):
        lo, hi = hi, hi * 2
        if hi > LIMIT:
            return None, ref_time, runs[0], passes
    # Invariant: lo fails (0 stands for "too small to try"), hi passes.
    while hi - lo > step:
        mid = (lo + hi) // 2 // step * step
        if mid <= lo:
            mid = lo + step
        if passes(mid):
            hi = mid
        else:
            lo = mid
    return hi, ref_time, runs[0], passes


def describe(prog):
    return " ".join(prog) if prog[0] != "-c" else "-c %r" % prog[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("--step", type=int, default=16)
    ap.add_argument("--timeout", type=float, default=None)
    ap.add_argument("--no-check", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("-c", dest="code", action="append", default=[], help="a program given as text")
    ap.add_argument("scripts", nargs="*", help="script, or script:ARG to pass one argument")
    opts = ap.parse_args()
    progs = [["-c", c] for c in opts.code]
    for s in opts.scripts:
        path, _, arg = s.partition(":")
        progs.append([path] + ([arg] if arg else []))
    if not progs:
        ap.error("no program given")

    bad = 0
    if opts.markdown:
        print("| program | smallest heap | default-heap run | search runs | check |")
        print("|---|---:|---:|---:|---|")
    for prog in progs:
        name = describe(prog)
        try:
            h, ref_time, nruns, passes = smallest(opts.bin, prog, opts.step, opts.timeout)
        except RuntimeError as e:
            print("%s: %s" % (name, e), file=sys.stderr)
            bad = 1
            continue
        if h is None:
            check = "no heap up to 4 GiB works"
            bad = 1
        elif opts.no_check:
            check = "not checked"
        else:
            wrong = []
            if passes(h - 16):
                wrong.append("H-16 passes")
            for d in (64, 1024):
                if not passes(h + d):
                    wrong.append("H+%d fails" % d)
            check = "ok" if not wrong else "NOT MONOTONIC: " + ", ".join(wrong)
            bad |= bool(wrong)
        size = "-" if h is None else "{:,} B ({:.1f} KiB)".format(h, h / 1024)
        if opts.markdown:
            print("| %s | %s | %.2f s | %d | %s |" % (name, size, ref_time, nruns, check))
        else:
            print("%s: %s; default-heap run %.2f s, %d search runs; check %s" % (
                name, size, ref_time, nruns, check))
        sys.stdout.flush()
    return bad


if __name__ == "__main__":
    sys.exit(main())
