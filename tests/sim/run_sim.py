#!/usr/bin/python3
"""Run the simulated-board tests of tests/sim (make test-sim).

Usage: tests/sim/run_sim.py [--bin build/micropython] [--write] [tests...]

Each tests/sim/NAME.py runs on a simulated board with cwd tests/sim:
`micropython -X board=BOARD [-X trace=build/sim-results/NAME.vcd] NAME.py`.
Its output (stdout and stderr) must equal NAME.exp; there is no CPython
counterpart to compare with, so the .exp files are written by hand or with
--write and then checked by reading them. Directives in the script's
leading comment lines:

    # board: esp32_devkit     the board (default pico)
    # vcd                     also compare the pin trace with NAME.vcd.exp
    # realtime                run with -X realtime (the clock follows wall time)
    # exit: N                 the expected exit status (default 0)
    # needs: mqtt             runs only with MQTT_BROKER=host:port in the environment
                              (tests/net/run_net.py sets it, with its broker): else SKIP
    # heap: SIZE              run with the fixed heap -X heapsize=SIZE (e.g. 64K)

Scenario tests are tests/sim/scenario/NAME.scn (cwd tests/sim/scenario), and
tests/sim/examples/NAME.scn driving the programs of examples/ (cwd
tests/sim/examples): the
same directives in the file's leading comment lines, plus

    # program: PROG.py        the program the scenario drives (required)

run as `micropython -X board=BOARD -X scenario=NAME.scn PROG.py`, output and
exit status compared with NAME.exp and `exit:` as above.

Without named tests, the examples of docs/board.md and docs/scenarios.md run
too (tests/sim/test_docs.py says how they are marked).

The last line is `sim: N passed, N failed`; the status is 1 if any failed.
"""

import argparse
import difflib
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RESULTS = os.path.join(REPO, "build", "sim-results")
TIMEOUT = 60


def directives(path):
    d = {"board": "pico", "vcd": False, "exit": 0, "realtime": False, "program": None, "heap": None,
         "needs": None}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            text = line[1:].strip()
            if text.startswith("board:"):
                d["board"] = text.split(":", 1)[1].strip()
            elif text == "vcd":
                d["vcd"] = True
            elif text == "realtime":
                d["realtime"] = True
            elif text.startswith("exit:"):
                d["exit"] = int(text.split(":", 1)[1])
            elif text.startswith("heap:"):
                d["heap"] = text.split(":", 1)[1].strip()
            elif text.startswith("program:"):
                d["program"] = text.split(":", 1)[1].strip()
            elif text.startswith("needs:"):
                d["needs"] = text.split(":", 1)[1].strip()
    return d


def compare(name, what, got, exp_path, write):
    if write:
        with open(exp_path, "w") as f:
            f.write(got)
        return True
    try:
        with open(exp_path) as f:
            exp = f.read()
    except FileNotFoundError:
        print("FAIL %s: no %s" % (name, os.path.relpath(exp_path, REPO)))
        return False
    if got == exp:
        return True
    print("FAIL %s: %s differs" % (name, what))
    diff = difflib.unified_diff(exp.splitlines(True), got.splitlines(True), "expected", "got")
    sys.stdout.writelines(list(diff)[:60])
    return False


def run(binary, path, write):
    name = os.path.splitext(os.path.basename(path))[0]
    if path.endswith(".scn"):
        name = ("example_" if os.path.basename(os.path.dirname(path)) == "examples" else "scenario_") + name
    d = directives(path)
    if d["needs"] == "mqtt" and not os.environ.get("MQTT_BROKER"):
        print("SKIP %s: needs an MQTT broker (make test-net runs it with one)" % name)
        return True
    vcd = os.path.join(RESULTS, name + ".vcd")
    cmd = [binary, "-X", "board=" + d["board"]]
    if d["vcd"]:
        cmd += ["-X", "trace=" + vcd]
    if d["realtime"]:
        cmd += ["-X", "realtime"]
    if d["heap"]:
        cmd += ["-X", "heapsize=" + d["heap"]]
    if path.endswith(".scn"):
        cmd += ["-X", "scenario=" + os.path.basename(path), d["program"] or "?"]
    else:
        cmd.append(os.path.basename(path))
    env = dict(os.environ)
    env.pop("MICROPY_BOARD", None)
    env.pop("MICROPY_HAL", None)
    # The drivers of examples/lib (ssd1306, bme280) import as on a board's /lib.
    env["MICROPYPATH"] = ".frozen:" + os.path.join(REPO, "examples", "lib")
    try:
        p = subprocess.run(cmd, cwd=os.path.dirname(path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        print("FAIL %s: timeout" % name)
        return False
    out = p.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
    with open(os.path.join(RESULTS, name + ".out"), "w") as f:
        f.write(out)
    ok = compare(name, "output", out, os.path.splitext(path)[0] + ".exp", write)
    if p.returncode != d["exit"]:
        print("FAIL %s: exit status %d, expected %d" % (name, p.returncode, d["exit"]))
        ok = False
    if d["vcd"]:
        try:
            with open(vcd) as f:
                got = f.read()
        except FileNotFoundError:
            got = ""
        ok = compare(name, "trace", got, os.path.splitext(path)[0] + ".vcd.exp", write) and ok
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("--write", action="store_true", help="write the .exp files from this run")
    ap.add_argument("tests", nargs="*")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    os.makedirs(RESULTS, exist_ok=True)
    tests = a.tests or (sorted(glob.glob(os.path.join(HERE, "*.py"))) +
                        sorted(glob.glob(os.path.join(HERE, "scenario", "*.scn"))) +
                        sorted(glob.glob(os.path.join(HERE, "examples", "*.scn"))))
    tests = [t for t in tests
             if os.path.basename(t) not in ("run_sim.py", "png_compare.py", "test_docs.py")]
    passed = failed = 0
    for t in tests:
        if run(binary, os.path.abspath(t), a.write):
            passed += 1
        else:
            failed += 1
    if not a.tests:   # the full run also runs the docs' examples (test_docs.py)
        import test_docs
        p, f = test_docs.run_all(binary)
        passed += p
        failed += f
    print("sim: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
