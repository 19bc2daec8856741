#!/usr/bin/python3
"""Run tests/linux/uart_pty.py on the host against a pseudo-terminal (make test-linux-uart).

Usage: tests/linux/run_uart_pty.py [--bin build/micropython]

The script's UART(1) is the pty's far end (MICROPY_UART1, MICROPY_HAL=linux);
this driver holds the near end and answers each line the script writes: the
line in upper case, or, for "burst", the bytes 0..299 mod 256. The script's
output is compared with uart_pty.exp (no CPython counterpart: it tests the
termios backend). Skips when the executable has no linux backend.
"""

import argparse
import os
import select
import subprocess
import sys
import tty

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def serve(master, proc):
    """Answers lines from the script until it exits."""
    buf = b""
    while proc.poll() is None:
        r, _, _ = select.select([master], [], [], 0.1)
        if not r:
            continue
        try:
            data = os.read(master, 1024)
        except OSError:
            return
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            if line == b"burst":
                os.write(master, bytes(i & 0xFF for i in range(300)))
            else:
                os.write(master, line.upper() + b"\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "micropython"))
    args = ap.parse_args()
    probe = subprocess.run([args.bin, "-X", "hal=linux", "-c", "import machine; machine.Pin"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        print("linux-uart: SKIP (no linux backend in %s: %s)"
              % (args.bin, probe.stderr.strip().splitlines()[-1:] or "?"))
        return 0
    master, slave = os.openpty()
    tty.setraw(master)
    env = dict(os.environ, MICROPY_HAL="linux", MICROPY_UART1=os.ttyname(slave))
    proc = subprocess.Popen([args.bin, os.path.join(HERE, "uart_pty.py")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        serve(master, proc)
        out = proc.communicate(timeout=30)[0].decode()
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
        os.close(slave)
    with open(os.path.join(HERE, "uart_pty.exp")) as f:
        want = f.read()
    if out == want and proc.returncode == 0:
        print("linux-uart: 1 passed, 0 failed")
        return 0
    print("--- expected\n%s--- got (status %d)\n%s" % (want, proc.returncode, out))
    print("linux-uart: 0 passed, 1 failed")
    return 1


if __name__ == "__main__":
    sys.exit(main())
