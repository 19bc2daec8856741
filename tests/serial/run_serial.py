#!/usr/bin/env python3
# tests/serial/run_serial.py: `make test-serial`: the simulated board's serial link (-X serial)
# driven over its PTY as host tools drive a board. Layer: tests (host Python 3).
# SPDX-License-Identifier: MIT
"""Usage: run_serial.py [path/to/micropython] [test-name-substring]

Each test starts a board in a fresh temporary folder (its board_fs inside),
talks to it through board_client.Board, and fails with the bytes it got.
"""

import os
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from board_client import Board, BoardError, RAW_BANNER, sha256  # noqa: E402

EXE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/micropython")
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def expect(cond, what, got=None):
    if not cond:
        raise AssertionError(what + ("" if got is None else ": got %r" % (got,)))


class Env:
    """A temporary folder with a board_fs holding [files]."""

    def __init__(self, files=None):
        self.dir = tempfile.mkdtemp(prefix="serial-")
        self.fs = os.path.join(self.dir, "board_fs")
        os.mkdir(self.fs)
        for name, text in (files or {}).items():
            path = os.path.join(self.fs, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        self.boards = []

    def board(self, *args, **kw):
        b = Board(EXE, self.dir, args, **kw)
        self.boards.append(b)
        return b

    def cleanup(self):
        for b in self.boards:
            b.close()
        shutil.rmtree(self.dir, ignore_errors=True)


# ---- tests that need no REPL engine -------------------------------------------------------

@test
def start_up_messages(env):
    b = env.board()
    err = b.read_stderr().decode()
    expect("/dev/pts/" in err, "the pts path on stderr", err)
    expect("mpremote connect %s" % b.link in err, "the mpremote command line", err)
    expect("picocom -b 115200 %s" % b.link in err, "the picocom command line", err)
    expect("tio %s" % b.link in err and "rshell -p %s" % b.link in err, "tio/rshell lines", err)
    expect(os.readlink(b.link).startswith("/dev/pts/"), "board.tty links to the slave")
    b.close()
    expect(not os.path.lexists(b.link), "the link is removed at exit")


@test
def boot_then_main_with_crlf(env):
    env2 = {"boot.py": "print('boot')\n", "main.py": "print('main')\nprint('a\\r\\nb')\n"}
    for k, v in env2.items():
        with open(os.path.join(env.fs, k), "w") as f:
            f.write(v)
    b = env.board()
    got = b.read_until(b">>> ")
    expect(got.startswith(b"boot\r\nmain\r\na\r\nb\r\n"), "boot.py, main.py, \\r\\n once", got)
    expect(b"\r\r\n" not in got, "never \\r\\r\\n", got)


IDENTITY = r"""
import os, sys, time, machine
print('cwd', os.getcwd())
print('path', sys.path)
u = os.uname()
print('machine', u.machine)
print('sysname', u.sysname)
print('version', u.version)
for m in ('uos', 'ubinascii', 'uhashlib', 'utime', 'ujson'):
    __import__(m)
print('umods ok')
print('mpy', sys.implementation._mpy & 0xFF > 0)
print('rtc', len(machine.RTC().datetime()))
print('epoch', time.gmtime(0)[0])
print('listdir', sorted(os.listdir('/')))
os.mkdir('/sub')
os.chdir('/sub')
print('cwd2', os.getcwd())
with open('/sub/f.txt', 'w') as f:
    f.write('x')
print('rel', open('f.txt').read(), os.listdir('..') == os.listdir('/'))
print('climb', sorted(os.listdir('/../../..')) == sorted(os.listdir('/')))
try:
    open('../../../../etc/passwd')
except OSError as e:
    print('escape', e.errno)
import helper
print('import', helper.X)
print(open('/lib/helper.py').read().strip())
"""


@test
def filesystem_and_identity(env):
    files = {"main.py": IDENTITY, "lib/helper.py": "X = 42\n", "data.txt": "d"}
    for k, v in files.items():
        p = os.path.join(env.fs, k)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(v)
    b = env.board()
    got = b.read_until(b">>> ").decode()
    lines = dict(line.split(" ", 1) for line in got.split("\r\n") if " " in line)
    expect(lines.get("cwd") == "/", "os.getcwd() is '/'", got)
    expect(lines.get("path") == "['', '.frozen', '/lib']", "a board's sys.path", got)
    expect(lines.get("machine") == "pico with RP2040", "uname machine", got)
    expect(lines.get("version", "").startswith("v") and " on " in lines.get("version", ""),
           "uname version like the banner's", got)
    expect(lines.get("umods") == "ok", "u-modules import", got)
    expect(lines.get("mpy") == "True", "sys.implementation._mpy", got)
    expect(lines.get("rtc") == "8", "machine.RTC().datetime() has 8 fields", got)
    expect(lines.get("epoch") == "1970", "time.gmtime(0) is 1970", got)
    expect(lines.get("listdir") == "['data.txt', 'lib', 'main.py']", "the folder is '/'", got)
    expect(lines.get("cwd2") == "/sub", "chdir to a board path", got)
    expect(lines.get("rel") == "x True", "relative paths and '..'", got)
    expect(lines.get("climb") == "True", "'..' stops at the root", got)
    expect(lines.get("escape") == "2", "no path leaves the folder (ENOENT)", got)
    expect(lines.get("import") == "42", "imports from /lib", got)
    expect(os.path.exists(os.path.join(env.fs, "sub", "f.txt")), "files land in the folder")


@test
def machine_soft_reset_reruns_boot_and_main(env):
    main = ("import machine, os\n"
            "n = len(os.listdir('/count'))\n"
            "open('/count/%d' % n, 'w').close()\n"
            "print('run', n, machine.reset_cause() == machine.SOFT_RESET)\n"
            "if n < 2:\n    machine.soft_reset()\n")
    os.mkdir(os.path.join(env.fs, "count"))
    for k, v in {"boot.py": "print('boot')\n", "main.py": main}.items():
        with open(os.path.join(env.fs, k), "w") as f:
            f.write(v)
    b = env.board()
    got = b.read_until(b">>> ")
    want = (b"boot\r\nrun 0 False\r\nMPY: soft reboot\r\nboot\r\nrun 1 True\r\n"
            b"MPY: soft reboot\r\nboot\r\nrun 2 True\r\n")
    expect(got.startswith(want), "soft reset: message, boot.py, main.py again", got)


@test
def ctrl_c_stops_a_looping_main(env):
    with open(os.path.join(env.fs, "main.py"), "w") as f:
        f.write("import time\nprint('looping')\nwhile True:\n    time.sleep_ms(10)\n")
    b = env.board()
    b.read_until(b"looping\r\n")
    t0 = time.monotonic()
    b.write(b"\x03")
    got = b.read_until(b">>> ")
    expect(b"KeyboardInterrupt" in got, "a KeyboardInterrupt traceback", got)
    expect(time.monotonic() - t0 < 3, "Ctrl-C acts at once")


@test
def ctrl_c_stops_a_busy_loop(env):
    with open(os.path.join(env.fs, "main.py"), "w") as f:
        f.write("print('busy')\nx = 0\nwhile True:\n    x += 1\n")
    b = env.board()
    b.read_until(b"busy\r\n")
    b.write(b"\x03")
    got = b.read_until(b">>> ")
    expect(b"KeyboardInterrupt" in got, "a KeyboardInterrupt traceback", got)


@test
def kbd_intr_off_passes_ctrl_c_to_stdin(env):
    with open(os.path.join(env.fs, "main.py"), "w") as f:
        f.write("import micropython, sys\nmicropython.kbd_intr(-1)\nprint('ready')\n"
                "print(sys.stdin.buffer.read(3))\nmicropython.kbd_intr(3)\n")
    b = env.board()
    b.read_until(b"ready\r\n")
    b.write(b"a\x03b")
    got = b.read_until(b">>> ")
    expect(got.startswith(b"b'a\\x03b'\r\n"), "kbd_intr(-1): \\x03 is data", got)


@test
def stdin_reads_exactly(env):
    with open(os.path.join(env.fs, "main.py"), "w") as f:
        f.write("import sys\nprint('ready')\n"
                "print(sys.stdin.buffer.read(4))\n"
                "buf = bytearray(3)\nprint(sys.stdin.buffer.readinto(buf), bytes(buf))\n"
                "print(repr(sys.stdin.readline()))\n"
                "print(repr(input('name? ')))\n")
    b = env.board()
    b.read_until(b"ready\r\n")
    b.write(b"abcd")
    expect(b.read_until(b"\r\n") == b"b'abcd'\r\n", "read(4) returns once 4 bytes came")
    b.write(b"xyz")
    got = b.read_until(b"\r\n")
    expect(got == b"3 b'xyz'\r\n", "readinto", got)
    b.write(b"line\n")
    got = b.read_until(b"\r\n")
    expect(got == b"'line\\n'\r\n", "sys.stdin.readline", got)
    got = b.read_until(b"name? ")
    b.write(b"bob\x7fb\r")
    got = b.read_until(b">>> ")
    expect(got.startswith(b"bob\b \bb\r\n'bob'\r\n"), "input() echoes and edits", got)


@test
def reconnect_without_hangup(env):
    with open(os.path.join(env.fs, "main.py"), "w") as f:
        f.write("import sys\nprint('ready')\nwhile True:\n"
                "    c = sys.stdin.buffer.read(1)\n    print('got', c)\n")
    b = env.board()
    b.read_until(b"ready\r\n")
    for ch in (b"x", b"y"):
        b.disconnect()
        time.sleep(0.1)
        b.connect()
        b.write(ch)
        got = b.read_until(b"\r\n")
        expect(got == b"got %r\r\n" % ch, "the board survives a tool closing the port", got)
    expect(b.proc.poll() is None, "still running")


@test
def output_is_dropped_when_nobody_reads(env):
    with open(os.path.join(env.fs, "main.py"), "w") as f:
        f.write("for i in range(5000):\n    print('x' * 60)\nopen('/done', 'w').close()\n")
    b = env.board()
    b.disconnect()
    deadline = time.monotonic() + 15
    while not os.path.exists(os.path.join(env.fs, "done")):
        expect(time.monotonic() < deadline, "main.py finished though nobody read its output")
        time.sleep(0.05)
    expect(b.proc.poll() is None, "the board runs on")


def main():
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    failed = 0
    ran = 0
    for fn in TESTS:
        if only not in fn.__name__:
            continue
        env = Env()
        ran += 1
        try:
            fn(env)
            print("PASS", fn.__name__)
        except (AssertionError, BoardError) as e:
            failed += 1
            print("FAIL", fn.__name__, "-", e)
            for b in env.boards:
                b.close()
                print("   board stderr:", b.stderr_text.decode(errors="replace")[-800:])
        except Exception:
            failed += 1
            print("FAIL", fn.__name__)
            traceback.print_exc()
        finally:
            env.cleanup()
    print("serial: %d of %d passed" % (ran - failed, ran))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
