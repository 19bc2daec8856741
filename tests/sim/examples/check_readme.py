#!/usr/bin/python3
"""Run the board commands of README.md's "The virtual board" section and of
examples/README.md (part of make test-sim).

Usage: tests/sim/examples/check_readme.py [--bin build/micropython]

Each indented line of those texts starting `build/micropython` runs from a scratch
directory that links the checkout's examples/, tests/ and boards/ (so files it writes,
a trace or a screenshot, land there), with --bin as the interpreter:
- a line whose comment says "Ctrl-C" runs forever: it must still be running after
  0.5 s; then SIGINT must end it with a KeyboardInterrupt (status 1);
- a line with `-X window` is left to the window tests (tests/sim/window_*): SKIP;
- a line with `-X screenshot=` is SKIPped, saying so, while the build rejects that option
  (before the renderer of issue 9 is merged);
- any other line must exit with status 0 within 60 s, and each file named by
  `-X trace=` or `-X screenshot=` must exist afterwards.
The last line is `readme: N passed, N failed, N skipped`; the status is 1 if any failed.
"""

import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def commands(readme, section=None):
    # The indented command lines of the file, or of its section between "## SECTION"
    # and the next one.
    with open(readme) as f:
        text = f.read()
    if section:
        m = re.search(r"^## " + section + r"\n(.*?)^## ", text, re.S | re.M)
        if not m:
            raise SystemExit("%s has no section '## %s'" % (readme, section))
        text = m.group(1)
    out = []
    for line in text.splitlines():
        if line.startswith("    build/micropython"):
            cmd, _, comment = line.strip().partition("  #")
            out.append((cmd.strip(), comment.strip()))
    return out


def run(binary, cmd, comment, tmp):
    argv = shlex.split(cmd)
    argv[0] = binary
    outputs = [a.split("=", 1)[1] for a in argv if a.startswith(("trace=", "screenshot="))]
    for f in outputs:
        if os.path.exists(os.path.join(tmp, f)):
            os.remove(os.path.join(tmp, f))
    p = subprocess.Popen(argv, cwd=tmp, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    if "Ctrl-C" in comment:
        time.sleep(0.5)
        if p.poll() is not None:
            return "ended by itself (status %d)" % p.returncode
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=10)
        if p.returncode != 1 or b"KeyboardInterrupt" not in err:
            return "Ctrl-C gave status %d: %s" % (p.returncode, err.decode()[-200:])
        return None
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return "timeout"
    if p.returncode != 0:
        return "status %d: %s" % (p.returncode, err.decode()[-300:])
    missing = [f for f in outputs if not os.path.exists(os.path.join(tmp, f))]
    if missing:
        return "did not write " + ", ".join(missing)
    return None


def has_option(binary, opt):
    # Whether the build accepts -X opt (an unknown one is a command-line error).
    p = subprocess.run([binary, "-X", opt, "-c", "pass"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return b"Invalid command line arguments" not in p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory() as tmp:
        for d in ("examples", "tests", "boards"):
            os.symlink(os.path.join(REPO, d), os.path.join(tmp, d))
        env_board = os.environ.pop("MICROPY_BOARD", None)  # the commands say their board
        for cmd, comment in (commands(os.path.join(REPO, "README.md"), "The virtual board") +
                             commands(os.path.join(REPO, "examples", "README.md"))):
            if "-X window" in cmd:
                print("SKIP readme: %s (the window tests run windows)" % cmd)
                skipped += 1
                continue
            if "-X screenshot=" in cmd and not has_option(binary, "screenshot=/dev/null"):
                print("SKIP readme: %s (this build has no -X screenshot yet)" % cmd)
                skipped += 1
                continue
            problem = run(binary, cmd, comment, tmp)
            if problem:
                print("FAIL readme: %s: %s" % (cmd, problem))
                failed += 1
            else:
                passed += 1
        if env_board is not None:
            os.environ["MICROPY_BOARD"] = env_board
    print("readme: %d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
