#!/usr/bin/python3
"""Run the examples of docs/board.md and docs/scenarios.md (part of make test-sim).

Usage: tests/sim/test_docs.py [--bin build/micropython] [DOC.md...]

A fenced block is an example when the line just before its opening fence is
a marker comment (invisible in the rendered page):

    <!-- test NAME ROLE [key=value ...] -->

Blocks with the same NAME form one test. ROLE says what the block is:

    board      a board file, written as NAME.json; the test's programs run on
               it. Alone, it must load: `import sim; print(sim.board)` prints
               its "name".
    program    a Python program, NAME.py, run as `micropython -X board=B NAME.py`
               (B: the test's board block, else key board=, else pico), or with
               its scenario block when there is one
    scenario   a scenario file, NAME.scn, driving the program
    shell      sh commands run from the repository root, `build/micropython`
               standing for the binary under test
    output     the expected output (stdout then stderr) of the test's program
               or commands
    excerpt    text that must appear, verbatim, in the file named by file=PATH
               (repository-relative): a copy of a tested file

Keys on a program or shell marker: exit=N (the expected status, default 0),
expect=PATH (the expected output is that file, e.g. a tests/sim .exp file,
instead of an output block). The programs run in build/sim-results/docs/NAME.
Every example counts as a test; the last line is `docs: N passed, N failed`.
There is no CPython counterpart for a board, so outputs are written by hand.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RESULTS = os.path.join(REPO, "build", "sim-results", "docs")
DOCS = [os.path.join(REPO, "docs", "board.md"), os.path.join(REPO, "docs", "scenarios.md")]
MARKER = re.compile(r"^<!--\s*test\s+(\S+)\s+(\w+)((?:\s+\w+=\S+)*)\s*-->\s*$")
ROLES = ("board", "program", "scenario", "shell", "output", "excerpt")
TIMEOUT = 60


def blocks(path):
    """Yields (line, name, role, keys, text) for each marked fenced block of [path]."""
    with open(path) as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = MARKER.match(lines[i])
        if not m:
            i += 1
            continue
        start = i + 1
        if start >= len(lines) or not lines[start].startswith("```"):
            raise SystemExit("%s:%d: a test marker must be followed by a fenced block" % (path, i + 1))
        end = start + 1
        while end < len(lines) and lines[end] != "```":
            end += 1
        if end == len(lines):
            raise SystemExit("%s:%d: unclosed fenced block" % (path, start + 1))
        keys = dict(kv.split("=", 1) for kv in m.group(3).split())
        if m.group(2) not in ROLES:
            raise SystemExit("%s:%d: unknown role %r" % (path, i + 1, m.group(2)))
        yield i + 1, m.group(1), m.group(2), keys, "\n".join(lines[start + 1:end]) + "\n"
        i = end + 1


def gather(paths):
    """The tests of the docs: {name: {"where": ..., role: (keys, text)}}, in order."""
    tests = {}
    for path in paths:
        for line, name, role, keys, text in blocks(path):
            t = tests.setdefault(name, {"where": "%s:%d" % (os.path.relpath(path, REPO), line)})
            if role in t:
                raise SystemExit("%s:%d: test %s has two %s blocks" % (path, line, name, role))
            t[role] = (keys, text)
    return tests


def fail(name, t, why, got=None):
    print("FAIL docs %s (%s): %s" % (name, t["where"], why))
    if got is not None:
        sys.stdout.write("".join("  | " + l + "\n" for l in got.splitlines()[:40]))
    return False


def check_excerpt(name, t):
    keys, text = t["excerpt"]
    try:
        with open(os.path.join(REPO, keys["file"])) as f:
            body = f.read()
    except (KeyError, OSError) as e:
        return fail(name, t, "excerpt needs a readable file=PATH (%s)" % e)
    if text not in body:
        return fail(name, t, "the block is not in %s any more" % keys["file"])
    return True


def run(binary, name, t):
    if "excerpt" in t:
        return check_excerpt(name, t)
    work = os.path.join(RESULTS, name)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    keys = {}
    board = "pico"
    if "board" in t:
        board = os.path.join(work, name + ".json")
        with open(board, "w") as f:
            f.write(t["board"][1])
    env = dict(os.environ)
    env.pop("MICROPY_BOARD", None)
    env.pop("MICROPY_HAL", None)
    env["MICROPYPATH"] = ".frozen:" + os.path.join(REPO, "examples", "lib")
    if "shell" in t:
        keys = t["shell"][0]
        script = t["shell"][1].replace("build/micropython", binary)
        cmd, cwd = ["bash", "-c", script], REPO
    else:
        if "program" in t:
            keys = t["program"][0]
            prog = t["program"][1]
        elif "board" in t:
            prog = "import sim\nprint(sim.board)\n"
        else:
            return fail(name, t, "nothing to run (no program, shell or board block)")
        board = keys.get("board", board)
        with open(os.path.join(work, name + ".py"), "w") as f:
            f.write(prog)
        cmd = [binary, "-X", "board=" + board]
        if "scenario" in t:
            with open(os.path.join(work, name + ".scn"), "w") as f:
                f.write(t["scenario"][1])
            cmd += ["-X", "scenario=" + name + ".scn"]
        cmd.append(name + ".py")
        cwd = work
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return fail(name, t, "timeout")
    got = (p.stdout + p.stderr).decode("utf-8", "replace")
    if "expect" in keys:
        with open(os.path.join(REPO, keys["expect"])) as f:
            exp = f.read()
    elif "output" in t:
        exp = t["output"][1]
    elif "program" not in t and "shell" not in t:
        exp = json.loads(t["board"][1])["name"] + "\n"
    else:
        return fail(name, t, "no expected output (an output block or expect=PATH)")
    ok = True
    if got != exp:
        ok = fail(name, t, "output differs; expected:", exp)
        sys.stdout.write("  got:\n" + "".join("  | " + l + "\n" for l in got.splitlines()[:40]))
    want = int(keys.get("exit", "0"))
    if p.returncode != want:
        ok = fail(name, t, "exit status %d, expected %d" % (p.returncode, want))
    return ok


def run_all(binary, paths=None):
    """Runs every example of [paths] (default: DOCS); returns (passed, failed)."""
    passed = failed = 0
    for name, t in gather(paths or DOCS).items():
        if run(os.path.abspath(binary), name, t):
            passed += 1
        else:
            failed += 1
    return passed, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("docs", nargs="*")
    a = ap.parse_args()
    passed, failed = run_all(a.bin, [os.path.abspath(d) for d in a.docs] or None)
    print("docs: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
