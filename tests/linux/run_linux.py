#!/usr/bin/python3
"""Run the Linux-backend tests of tests/linux inside a throwaway VM (make test-linux).

Usage: tests/linux/run_linux.py [--bin build/micropython] [--vm PATH] [--write] [tests...]

The VM is ../shared/tools/linux-hw-vm (a real kernel with gpio-sim lines,
i2c-stub and i2c-regstub chips; --vm or $LHV_TOOL names another path). All
the scripts run in ONE boot (a boot costs seconds; the first run sets the
VM up, which needs Debian's archive once): the executable and tests/linux
are copied in, each NAME.py runs as `micropython NAME.py` with
MICROPY_HAL=linux and cwd /hw/linux, and the guest prints a delimiter line
before each script and its exit status after it. The output of each is
compared on the host with NAME.exp; there is no CPython counterpart (these
are real GPIO lines and I2C chips), so the .exp files are written by hand or
with --write and then checked by reading them. A script's leading comment
lines may say `# exit: N` (the expected status, default 0).

The VM's hardware, as the scripts see it: gpio-sim chip "lhv-sim" with
LINES lines, lines 0..7 named GPIO16..GPIO23 (so Pin(16) is line 0) and the
rest unnamed; i2c-stub chips at I2C_ADDRS, i2c-regstub chips at
I2C_RDWR_ADDRS (below; the guest's $LHV_* variables say the same).

Without the VM tool the suite says SKIP and passes; when the VM itself
fails (status 125) it fails with the tool's message. The last line is
`linux: N passed, N failed`; the status is 1 if any failed.
"""

import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LINES = 10
NAMES = ",".join("GPIO%d" % (16 + i) for i in range(8))
I2C_ADDRS = "0x48,0x49"
# Scripts that run on the host, by their own runner (run_uart_pty.py: a
# pseudo-terminal stands in for the serial port).
HOST_ONLY = {"uart_pty.py"}
I2C_RDWR_ADDRS = "0x50,0x51"
MARK = "@@lhv@@"
PER_SCRIPT_TIMEOUT = 30


def find_vm(arg):
    cands = [arg, os.environ.get("LHV_TOOL"),
             os.path.join(ROOT, "..", "shared", "tools", "linux-hw-vm"),
             os.path.join(ROOT, "..", "..", "shared", "tools", "linux-hw-vm"),
             shutil.which("linux-hw-vm"),
             "/work/shared/tools/linux-hw-vm"]   # the team machines' shared tools
    for c in cands:
        if c and os.access(c, os.X_OK):
            return os.path.abspath(c)
    return None


def expected_status(path):
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*exit:\s*(\d+)", line)
            if m:
                return int(m.group(1))
    return 0


def guest_script(names):
    """The shell code the guest runs: each test with its delimiters."""
    lines = ["cd /hw/linux", "export MICROPY_HAL=linux",
             "T=; command -v timeout >/dev/null && T='timeout %d'" % PER_SCRIPT_TIMEOUT]
    for n in names:
        lines.append("echo '%s begin %s'" % (MARK, n))
        lines.append("$T /hw/micropython %s.py 2>&1; echo \"%s end %s $?\"" % (n, MARK, n))
    return "\n".join(lines) + "\n"


def split_output(out):
    """{name: (output, status)} from the guest's delimited output."""
    results, cur, buf = {}, None, []
    for line in out.splitlines(keepends=True):
        m = re.match(r"%s (begin|end) (\S+)(?: (\d+))?\s*$" % MARK, line)
        if m and m.group(1) == "begin":
            cur, buf = m.group(2), []
        elif m and cur == m.group(2):
            results[cur] = ("".join(buf), int(m.group(3)))
            cur = None
        elif cur:
            buf.append(line)
    return results


def vm_env():
    """The VM tool's environment. Its first run installs host packages with
    apt-get; on a host with i386 enabled (make m32 needs it) a mirror whose
    i386 index is mid-sync fails `apt-get update` as a whole, though the tool
    needs only native packages. So its apt sees the native architecture only."""
    env = dict(os.environ)
    if "APT_CONFIG" in env:
        return env
    arch = subprocess.run(["dpkg", "--print-architecture"], stdout=subprocess.PIPE,
                          universal_newlines=True).stdout.strip() or "amd64"
    conf = os.path.join(ROOT, "build", "lhv-apt.conf")
    os.makedirs(os.path.dirname(conf), exist_ok=True)
    with open(conf, "w") as f:
        f.write('APT::Architectures { "%s"; };\n' % arch)
    env["APT_CONFIG"] = conf
    return env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "micropython"))
    ap.add_argument("--vm")
    ap.add_argument("--write", action="store_true", help="write the .exp files from this run")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("tests", nargs="*")
    args = ap.parse_args()
    names = args.tests or sorted(os.path.basename(p)[:-3]
                                 for p in glob.glob(os.path.join(HERE, "*.py"))
                                 if not os.path.basename(p).startswith("run_")
                                 and os.path.basename(p) not in HOST_ONLY)
    names = [os.path.basename(n)[:-3] if n.endswith(".py") else n for n in names]
    vm = find_vm(args.vm)
    if not vm:
        print("linux: SKIP (no linux-hw-vm tool: set LHV_TOOL)")
        return 0
    cmd = [vm, "-n", str(LINES), "--gpio-names", NAMES, "-a", I2C_ADDRS, "-r", I2C_RDWR_ADDRS,
           "-t", str(60 + PER_SCRIPT_TIMEOUT * len(names)),
           "-c", os.path.abspath(args.bin) + ":/hw/micropython", "-c", HERE + ":/hw/linux"]
    if args.verbose:
        cmd.append("-v")
    cmd += ["--", "sh", "-c", guest_script(names)]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=vm_env(),
                       universal_newlines=True, errors="replace")
    results = split_output(p.stdout)
    if p.returncode == 125 or not results:
        sys.stdout.write(p.stdout[-3000:])
        sys.stdout.write(p.stderr[-3000:])
        print("linux: the VM failed (status %d)" % p.returncode)
        print("linux: 0 passed, %d failed" % len(names))
        return 1
    passed = failed = 0
    for n in names:
        path = os.path.join(HERE, n + ".py")
        out, status = results.get(n, ("<no output: the VM stopped before it>\n", -1))
        exp_path = os.path.join(HERE, n + ".exp")
        if args.write:
            with open(exp_path, "w") as f:
                f.write(out)
        exp = open(exp_path).read() if os.path.exists(exp_path) else ""
        want = expected_status(path)
        if out == exp and status == want:
            passed += 1
            continue
        failed += 1
        print("FAIL %s (status %d, expected %d)" % (n, status, want))
        sys.stdout.writelines(difflib.unified_diff(exp.splitlines(True), out.splitlines(True),
                                                   n + ".exp", n + " (got)"))
    print("linux: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
