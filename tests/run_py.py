#!/usr/bin/python3
"""Run the Python behaviour tests in tests/py and compare with CPython.

Usage: tests/run_py.py [--bin build/micropython] [-j 2] [--valgrind] [-v]
                       [--exclude FILE]
                       [paths or globs...]

Each test script runs under our binary and, unless a `<script>.exp` file
sits beside it, under `/usr/bin/python3 -B -S` as the oracle.  Both run with
cwd = the script's directory, stdout and stderr merged, stdin from /dev/null
and a timeout (PY_TEST_TIMEOUT seconds, default 30; 300 under --valgrind).
Outputs are compared after normalising \\r\\n to \\n.

- Output exactly `SKIP\\n` (with exit status 0) from our binary: skipped.
- Output differs, an exit status other than the expected one, a timeout, or
  (with --valgrind) valgrind exit 99: failed.  The expected exit status is
  0 unless the script's first line says `[exit N]` (a test of an uncaught
  exception); CPython must exit with that status too, so a script that
  dies early under both interpreters fails instead of passing unchecked.  A unified diff is
  printed and build/py-results/<relpath>.out/.exp are left for diffing.

Files or directories whose name starts with `_`, and directories named
`mods`, are helpers (importable modules) and are never run as tests when
found by directory or glob search.

Environment: MICROPY_FLAGS (extra options put before the script path for our
binary), PY_TEST_TIMEOUT (seconds), PY_TEST_CPYTHON (oracle, default
/usr/bin/python3).

The last line printed is always `N passed, N failed, N skipped`; the exit
status is 1 if any test failed, 2 on a usage error, else 0.
"""

import argparse
import re
import concurrent.futures
import difflib
import glob
import os
import shlex
import shutil
import signal
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
PY_DIR = os.path.join(TESTS_DIR, "py")
REPO = os.path.dirname(TESTS_DIR)
RESULTS = os.path.join(REPO, "build", "py-results")
VALGRIND = ["valgrind", "-q", "--error-exitcode=99", "--leak-check=no"]
VALGRIND_ERROR = 99


def is_helper(path, root):
    """True if path (under root) is a helper module, not a test."""
    rel = os.path.relpath(path, root)
    for part in rel.split(os.sep):
        if part in (".", ".."):
            continue
        if part.startswith("_") or part == "mods" or part.startswith("."):
            return True
    return False


def glob_helper(path):
    """True if a glob match is a helper rather than a test."""
    rel = os.path.relpath(path, PY_DIR)
    if rel.startswith(".." + os.sep):
        return os.path.basename(path).startswith("_")
    return is_helper(path, PY_DIR)


def scan_dir(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d for d in dirnames
            if not (d.startswith("_") or d.startswith(".") or d == "mods"))
        for name in filenames:
            if name.endswith(".py") and not name.startswith("_"):
                found.append(os.path.join(dirpath, name))
    return found


def find_tests(args):
    """Return a sorted, de-duplicated list of absolute test paths."""
    if not args:
        return sorted(scan_dir(PY_DIR)), []
    tests = []
    missing = []
    for arg in args:
        if os.path.isdir(arg):
            tests += scan_dir(os.path.abspath(arg))
        elif os.path.isfile(arg):
            # A file named explicitly always runs.
            tests.append(os.path.abspath(arg))
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            got = []
            for m in matches:
                m = os.path.abspath(m)
                if os.path.isdir(m):
                    if not glob_helper(m):
                        got += scan_dir(m)
                elif m.endswith(".py") and not glob_helper(m):
                    got.append(m)
            if not got:
                missing.append(arg)
            tests += got
    return sorted(set(tests)), missing


def rel_name(path):
    """Name used in reports and under build/py-results."""
    for root in (PY_DIR, REPO):
        rel = os.path.relpath(path, root)
        if not rel.startswith(".." + os.sep) and rel != "..":
            return rel
    return path.lstrip(os.sep)


def run(cmd, cwd, timeout, env):
    """Run cmd; return (output bytes, exit status or None on timeout)."""
    try:
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            start_new_session=True)
    except OSError as e:
        return ("cannot run %s: %s\n" % (cmd[0], e)).encode(), -1
    try:
        out, _ = proc.communicate(timeout=timeout)
        return out, proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, _ = proc.communicate()
        return out, None


def normalise(out):
    return out.replace(b"\r\n", b"\n")


def declared_exit(path):
    """The exit status a test's first line declares with `[exit N]`, else 0."""
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace")
    m = re.search(r"\[exit (\d+)\]", first)
    return int(m.group(1)) if m else 0


def describe_rc(rc):
    if rc is None:
        return "TIMEOUT"
    if rc < 0:
        try:
            return "%d (%s)" % (rc, signal.Signals(-rc).name)
        except ValueError:
            return str(rc)
    return str(rc)


class Runner:
    def __init__(self, opts):
        self.bin = opts.bin
        self.cpython = opts.cpython
        self.valgrind = opts.valgrind
        self.flags = shlex.split(os.environ.get("MICROPY_FLAGS", ""))
        default_timeout = 300 if opts.valgrind else 30
        self.timeout = float(os.environ.get("PY_TEST_TIMEOUT",
                                            default_timeout))
        env = dict(os.environ)
        for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP",
                    "MICROPYPATH"):
            env.pop(var, None)
        # Harmless for our binary; keeps `--bin python3` from writing
        # __pycache__ directories into the test tree.
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.env_ours = env
        self.env_cpython = dict(env, PYTHONUNBUFFERED="1",
                                PYTHONIOENCODING="utf-8",
                                PYTHONHASHSEED="0")

    def test(self, path):
        """Run one test; return (status, report text)."""
        cwd = os.path.dirname(path)
        cmd = [self.bin] + self.flags + [path]
        if self.valgrind:
            cmd = VALGRIND + cmd
        out, rc = run(cmd, cwd, self.timeout, self.env_ours)
        out = normalise(out)
        if out == b"SKIP\n" and rc == 0:
            return "skip", ""

        declared_rc = declared_exit(path)
        exp_file = path + ".exp"
        if os.path.exists(exp_file):
            with open(exp_file, "rb") as f:
                exp, exp_rc, oracle = normalise(f.read()), declared_rc, "exp file"
        else:
            exp, exp_rc = run([self.cpython, "-B", "-S", path], cwd,
                              self.timeout, self.env_cpython)
            exp = normalise(exp)
            oracle = "CPython"

        problems = []
        if exp_rc is None:
            problems.append("CPython timed out (test is broken)")
        elif exp_rc != declared_rc:
            # A script that dies early in both interpreters would otherwise
            # pass while checking nothing after the error.
            problems.append("CPython exited %s but the test declares exit %d "
                            "(test is broken; see [exit N])"
                            % (describe_rc(exp_rc), declared_rc))
        if rc is None:
            problems.append("timed out after %gs" % self.timeout)
        elif self.valgrind and rc == VALGRIND_ERROR:
            problems.append("valgrind reported errors (exit 99)")
        elif rc != declared_rc:
            problems.append("exit status %s, expected %d"
                            % (describe_rc(rc), declared_rc))
        if out != exp:
            problems.append("output differs from %s" % oracle)
        if not problems:
            return "pass", ""

        rel = rel_name(path)
        base = os.path.join(RESULTS, rel)
        os.makedirs(os.path.dirname(base), exist_ok=True)
        with open(base + ".out", "wb") as f:
            f.write(out)
        with open(base + ".exp", "wb") as f:
            f.write(exp)

        lines = ["FAIL %s: %s" % (rel, "; ".join(problems)),
                 "  exit status: ours %s, %s %s"
                 % (describe_rc(rc), oracle, describe_rc(exp_rc))]
        if out == exp:
            lines.append("  (output matches the expected output)")
        else:
            diff = difflib.unified_diff(
                exp.decode("utf-8", "replace").splitlines(True),
                out.decode("utf-8", "replace").splitlines(True),
                "expected (%s)" % oracle, "actual", n=3)
            for d in diff:
                if not d.endswith("\n"):
                    d += "\n\\ No newline at end of output\n"
                lines.append(d.rstrip("\n"))
        return "fail", "\n".join(lines)


def clear_results(path):
    base = os.path.join(RESULTS, rel_name(path))
    for ext in (".out", ".exp"):
        try:
            os.remove(base + ext)
        except OSError:
            pass


def main():
    ap = argparse.ArgumentParser(
        description="Run tests/py scripts and compare with CPython.")
    ap.add_argument("--bin", default="build/micropython",
                    help="interpreter under test (default build/micropython)")
    ap.add_argument("-j", "--jobs", type=int, default=2,
                    help="parallel workers (default 2)")
    ap.add_argument("--valgrind", action="store_true",
                    help="run our binary under valgrind (exit 99 = failure)")
    ap.add_argument("--cpython",
                    default=os.environ.get("PY_TEST_CPYTHON",
                                           "/usr/bin/python3"),
                    help="oracle interpreter (default /usr/bin/python3)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="also list passing tests")
    ap.add_argument("--exclude", metavar="FILE",
                    help="leave out the scripts FILE lists (paths under tests/py, "
                         "one per line, # comments)")
    ap.add_argument("paths", nargs="*",
                    help="test files, directories or globs "
                         "(default: all of tests/py)")
    opts = ap.parse_args()

    # Resolve the binary: as given relative to cwd, else to the repo root,
    # else look it up on PATH.
    cand = [opts.bin, os.path.join(REPO, opts.bin)]
    found = next((c for c in cand if os.path.isfile(c)), None)
    if found is None and os.sep not in opts.bin:
        found = shutil.which(opts.bin)
    if found is None or not os.access(found, os.X_OK):
        print("run_py: interpreter not found or not executable: %s"
              % opts.bin, file=sys.stderr)
        print("0 passed, 0 failed, 0 skipped")
        return 2
    opts.bin = os.path.abspath(found)
    if opts.valgrind and shutil.which("valgrind") is None:
        print("run_py: valgrind not found", file=sys.stderr)
        print("0 passed, 0 failed, 0 skipped")
        return 2

    tests, missing = find_tests(opts.paths)
    for m in missing:
        print("run_py: no tests match %s" % m, file=sys.stderr)
    if missing or not tests:
        if not tests:
            print("run_py: no tests found", file=sys.stderr)
        print("0 passed, 0 failed, 0 skipped")
        return 2

    if opts.exclude:
        with open(opts.exclude) as f:
            names = {line.split("#")[0].strip() for line in f} - {""}
        kept = [t for t in tests if rel_name(t) not in names]
        stale = names - {rel_name(t) for t in tests}
        if stale and not opts.paths:   # a renamed or deleted script: the list must follow
            print("run_py: %s lists no such test: %s" % (opts.exclude, ", ".join(sorted(stale))),
                  file=sys.stderr)
            print("0 passed, 0 failed, 0 skipped")
            return 2
        print("excluded %d scripts listed in %s" % (len(tests) - len(kept), opts.exclude),
              flush=True)
        tests = kept

    if not opts.paths and os.path.isdir(RESULTS):
        shutil.rmtree(RESULTS)
    for t in tests:
        clear_results(t)

    runner = Runner(opts)
    counts = {"pass": 0, "fail": 0, "skip": 0}
    jobs = max(1, opts.jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        # map() yields in submission order, so the report is deterministic.
        for path, (status, report) in zip(tests, pool.map(runner.test,
                                                           tests)):
            counts[status] += 1
            if status == "fail":
                print(report, flush=True)
            elif status == "skip":
                print("skip %s" % rel_name(path), flush=True)
            elif opts.verbose:
                print("pass %s" % rel_name(path), flush=True)

    if counts["fail"]:
        print("results of failed tests are in %s"
              % os.path.relpath(RESULTS))
    print("%d passed, %d failed, %d skipped"
          % (counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
