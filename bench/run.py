#!/usr/bin/python3
# bench/run.py: runs the benchmark programs under our binary and CPython, alternately, and compares.
# SPDX-License-Identifier: MIT
"""Time bench/*.py under our micropython and under CPython (what `make bench` runs).

Usage: bench/run.py [--bin build/micropython] [--cpython /usr/bin/python3]
                    [--runs N] [--size SIZE] [--json FILE] [names...]

Each program runs --runs times under each interpreter (default BENCH_RUNS, else
5), the two interleaved and the order swapped on every round (ours first,
then CPython first, ...) so that drifting machine load falls on both alike.
Every run's wall time is taken around the child process alone, and its peak
RSS is the ru_maxrss that wait4 returns for it, read through /usr/bin/time
(see GNU_TIME below for why not this driver's own os.wait4).  Both interpreters must exit 0 and print
the same checksum on every run, or the program is reported as failed.

Printed per program: median wall time of each, ratio ours/CPython (> 1 means
ours is slower), median peak RSS of each and their ratio; then the geometric
means of both ratios.  The JSON file (default build/bench.json) holds every
run's figures.  SIZE is passed to every program as its argument (e.g. a small
number for a quick check); by default each runs at its own default size.
Exit status: 0, or 1 if any program failed or its outputs differed.
"""

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
TIMEOUT = 600
# Linux keeps a process's peak RSS across exec, so a child spawned straight from
# this driver reports at least the driver's own ~10-15 MiB: GNU time, a small
# process, forks the program and reads its wait4 ru_maxrss instead. Without
# it the driver's own os.wait4 figure is used, which is only an upper bound.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def programs():
    """The benchmark programs: every bench/*.py but this driver, by name."""
    names = []
    for f in sorted(os.listdir(BENCH_DIR)):
        if f.endswith(".py") and f != "run.py" and not f.startswith("_"):
            names.append(f[:-3])
    return names


def run_once(cmd):
    """Runs cmd once; returns (wall seconds, peak RSS KiB, exit status, output)."""
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as rss:
        if GNU_TIME:
            cmd = [GNU_TIME, "-f", "%M", "-o", rss.name] + cmd
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, cwd=BENCH_DIR)
        killer = threading.Timer(TIMEOUT, p.kill)
        killer.start()
        # wait4 rather than Popen.wait: it returns this child's own rusage.
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        killer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        peak = usage.ru_maxrss
        if GNU_TIME:
            # Its last line is the program's own ru_maxrss (after any
            # "Command exited with non-zero status" line).
            lines = rss.read().split()
            peak = int(lines[-1]) if lines and lines[-1].isdigit() else -1
    return wall, peak, p.returncode, text


def bench_one(name, interps, runs, size):
    """Runs one program `runs` times under each interpreter, interleaved."""
    script = os.path.join(BENCH_DIR, name + ".py")
    args = [script] + ([str(size)] if size is not None else [])
    res = {k: {"times": [], "rss_kib": [], "outputs": set(), "bad_status": []} for k in interps}
    order = list(interps)
    for i in range(runs):
        for key in (order if i % 2 == 0 else order[::-1]):
            wall, rss, status, text = run_once([interps[key]] + args)
            r = res[key]
            r["times"].append(wall)
            r["rss_kib"].append(rss)
            r["outputs"].add(text)
            if status != 0:
                r["bad_status"].append(status)
    return res


def summarise(name, res):
    """The program's JSON record and whether both interpreters agreed."""
    rec = {}
    for key, r in res.items():
        rec[key] = {
            "times": [round(t, 4) for t in r["times"]],
            "median": statistics.median(r["times"]),
            "rss_kib": r["rss_kib"],
            "rss_median_kib": statistics.median(r["rss_kib"]),
            "exit_statuses": r["bad_status"],
        }
    ours, cpy = res["ours"], res["cpython"]
    ok = (not ours["bad_status"] and not cpy["bad_status"] and len(ours["outputs"]) == 1
          and ours["outputs"] == cpy["outputs"])
    rec["ok"] = ok
    rec["checksum"] = sorted(cpy["outputs"])[0].strip() if cpy["outputs"] else ""
    if not ok:
        rec["ours_outputs"] = sorted(ours["outputs"])
        rec["cpython_outputs"] = sorted(cpy["outputs"])
    rec["ratio"] = rec["ours"]["median"] / rec["cpython"]["median"]
    rec["rss_ratio"] = rec["ours"]["rss_median_kib"] / rec["cpython"]["rss_median_kib"]
    return rec


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("--cpython", default="/usr/bin/python3")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    ap.add_argument("--size", default=None, help="argument passed to every program")
    ap.add_argument("--json", default=os.path.join(REPO, "build", "bench.json"))
    ap.add_argument("names", nargs="*", help="programs to run (default: all)")
    opts = ap.parse_args()
    known = programs()
    names = opts.names or known
    for n in names:
        if n not in known:
            sys.exit("bench/run.py: no program %r (have: %s)" % (n, " ".join(known)))
    if opts.runs < 1:
        sys.exit("bench/run.py: --runs must be at least 1")
    interps = {"ours": os.path.abspath(opts.bin), "cpython": opts.cpython}

    head = "%-15s %9s %9s %6s  %9s %9s %5s" % (
        "program", "ours s", "CPython s", "ratio", "ours KiB", "CPy KiB", "rss")
    print("%d runs each, interleaved; medians. ours: %s  CPython: %s" % (
        opts.runs, interps["ours"], interps["cpython"]))
    print(head)
    results = {}
    failed = []
    for name in names:
        rec = summarise(name, bench_one(name, interps, opts.runs, opts.size))
        results[name] = rec
        flag = "" if rec["ok"] else "  OUTPUT/STATUS MISMATCH"
        if not rec["ok"]:
            failed.append(name)
        print("%-15s %9.3f %9.3f %6.2f  %9d %9d %5.2f%s" % (
            name, rec["ours"]["median"], rec["cpython"]["median"], rec["ratio"],
            rec["ours"]["rss_median_kib"], rec["cpython"]["rss_median_kib"],
            rec["rss_ratio"], flag), flush=True)
    gm = geomean([r["ratio"] for r in results.values()])
    gm_rss = geomean([r["rss_ratio"] for r in results.values()])
    print("%-15s %9s %9s %6.2f  %9s %9s %5.2f" % ("geometric mean", "", "", gm, "", "", gm_rss))
    for name in failed:
        rec = results[name]
        print("%s: ours %r (exit %s) / CPython %r (exit %s)" % (
            name, rec["ours_outputs"], rec["ours"]["exit_statuses"],
            rec["cpython_outputs"], rec["cpython"]["exit_statuses"]))

    doc = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "host": platform.node(),
        "ours": interps["ours"],
        "cpython": interps["cpython"],
        "runs": opts.runs,
        "size": opts.size,
        "programs": results,
        "geomean_ratio": gm,
        "geomean_rss_ratio": gm_rss,
        "failed": failed,
    }
    os.makedirs(os.path.dirname(os.path.abspath(opts.json)), exist_ok=True)
    with open(opts.json, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %s" % opts.json)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
