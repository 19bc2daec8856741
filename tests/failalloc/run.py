#!/usr/bin/python3
# tests/failalloc/run.py: runs py test scripts under a build with PY_CFG_GC_FAIL,
# making chosen GC allocations fail, and checks that none ever crashes.
# SPDX-License-Identifier: MIT
"""Failing-allocator runs (the `make test-failalloc` target).

Usage: tests/failalloc/run.py --bin build/asan/micropython [-j 2]
                              [--points N] [--seeds N] [scripts or globs...]

For each script (default: every tests/py/*/ script listed in SCRIPTS below)
the runner first asks the binary how many GC allocations the script makes
(PY_GC_FAIL=count) and how many start-up alone makes (`-c pass`), then runs
the script again with PY_GC_FAIL=N for --points values of N spread evenly over
the script's own allocations (that one allocation fails), with PY_GC_FAIL=N+
at the same points (that one and every later allocation fail: the heap is
full for good), and with --seeds random patterns after start-up (PY_GC_FAIL=rSEED/50@S).

A run passes when the interpreter ends normally, with status 0 or 1 (an
uncaught MemoryError, or whatever exception a script's handlers turn it
into): no signal (abort, segfault), no sanitizer report, no FATAL message,
no hang. Scripts' outputs are not compared: a failed allocation changes them.
The last line is `N passed, N failed`; the status is 1 if any run failed.
"""

import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY_DIR = os.path.join(REPO, "tests", "py")
TIMEOUT = 60

# A spread of the language and the types: the compiler, containers growing,
# strings being built, exceptions, classes, generators, bigints, formatting,
# closures and imports. Kept short so the whole run stays within minutes.
SCRIPTS = [
    "basics/*.py", "containers/*.py", "str/*.py", "exceptions/*.py",
    "classes/*.py", "generators/*.py", "numbers/*.py", "scopes/*.py",
    "datamodel/*.py", "eval/*.py",
]

BAD_TEXT = re.compile(rb"AddressSanitizer|runtime error:|LeakSanitizer|FATAL:")
COUNT = re.compile(rb"gc-fail: (\d+) allocations")


def run(binary, args, cwd, fail):
    env = dict(os.environ, PY_GC_FAIL=fail)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0:detect_stack_use_after_return=0:"
                   "allocator_may_return_null=1")
    try:
        p = subprocess.run([binary] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
        return p.stdout, p.returncode
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", None


def count(binary, args, cwd):
    out, _ = run(binary, args, cwd, "count")
    m = COUNT.findall(out)
    return int(m[-1]) if m else None


def check(binary, script, fail):
    """Runs [script] with PY_GC_FAIL=[fail]; returns None or a failure report."""
    out, rc = run(binary, [script], os.path.dirname(script), fail)
    if rc is None:
        why = "timed out"
    elif rc < 0:
        why = "killed by signal %d" % -rc
    elif rc not in (0, 1):
        why = "exit status %d" % rc
    elif BAD_TEXT.search(out):
        why = "sanitizer or fatal report"
    else:
        return None
    tail = out.decode("utf-8", "replace")[-1500:]
    return "FAIL %s with PY_GC_FAIL=%s: %s\n%s" % (os.path.relpath(script, REPO), fail, why, tail)


def plan(binary, script, startup, points, seeds):
    """The PY_GC_FAIL values to try on [script]."""
    total = count(binary, [script], os.path.dirname(script))
    if total is None:
        return [], "FAIL %s: no allocation count (is the binary built with PY_CFG_GC_FAIL?)" % script
    own = max(total - startup, 1)
    at = sorted({startup + 1 + own * i // points for i in range(points)})
    fails = [str(n) for n in at] + [str(n) + "+" for n in at]
    fails += ["r%d/50@%d" % (s, startup) for s in range(1, seeds + 1)]
    return fails, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "asan", "micropython"))
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--points", type=int, default=6)
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("scripts", nargs="*")
    opts = ap.parse_args()
    binary = os.path.abspath(opts.bin)
    patterns = opts.scripts or [os.path.join(PY_DIR, s) for s in SCRIPTS]
    scripts = sorted({os.path.abspath(f) for p in patterns for f in glob.glob(p)
                      if not os.path.basename(f).startswith("_")})
    startup = count(binary, ["-c", "pass"], REPO)
    if startup is None:
        print("no allocation count from %s (built with PY_CFG_GC_FAIL=1?)" % binary)
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(opts.j) as pool:
        plans = list(pool.map(lambda s: (s,) + plan(binary, s, startup, opts.points, opts.seeds),
                              scripts))
        jobs = []
        for script, fails, err in plans:
            if err:
                print(err)
                failed += 1
            jobs += [(script, f) for f in fails]
        for report in pool.map(lambda j: check(binary, *j), jobs):
            if report:
                print(report)
                failed += 1
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
