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


class Skip(Exception):
    """A test that cannot run here, with the reason."""


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
def host_ctrl_c_quits_the_board(env):
    import signal
    with open(os.path.join(env.fs, "main.py"), "w") as f:
        f.write("print('looping')\nwhile True:\n    pass\n")
    b = env.board()
    b.read_until(b"looping\r\n")
    b.proc.send_signal(signal.SIGINT)   # Ctrl-C in the terminal that started it
    try:
        b.proc.wait(5)
    except Exception:
        raise AssertionError("SIGINT did not stop the board")
    expect(not os.path.lexists(b.link), "the link is removed")


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
def script_runs_in_place_of_main(env):
    write_files(env, {"main.py": "print('board main')\n"})
    prog = os.path.join(env.dir, "prog.py")
    with open(prog, "w") as f:
        f.write("import os\nprint('prog in', os.getcwd())\n")
    b = env.board(prog)
    got = b.read_until(b">>> ")
    expect(got.startswith(b"prog in /\r\nMicroPython v") and b"board main" not in got,
           "the command line's program replaces main.py", got)
    b.write(b"\x04")
    got = b.read_until(b">>> ")
    expect(got.startswith(b"\r\nMPY: soft reboot\r\nprog in /\r\n"), "and again after a reset",
           got)


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
    expect(lines.get("machine") == "Raspberry Pi Pico (simulated) with RP2040", "uname machine", got)
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
    expect(got.startswith(b"bob\b\x1b[Kb\r\n'bob'\r\n"), "input() echoes and edits", got)


@test
def input_uses_the_repl_editor(env):
    # the REPL's keys, one history with the board REPL, Ctrl-C and Ctrl-D, as on a board
    write_files(env, {"main.py": "print('ready')\nfor i in range(2):\n"
                                 "    print(repr(input('? ')))\n"})
    b = env.board()
    b.read_until(b"ready\r\n? ")
    b.write(b"ac\x1b[Db\r")   # left arrow, insert
    got = b.read_until(b"? ")
    expect(got == b"ac\bbc\b\r\n'abc'\r\n? ", "left arrow and insert", got)
    b.write(b"\x1b[A\x05!\r")   # up: the line before; Ctrl-E (end) on a line with text
    got = b.read_until(b">>> ")
    expect(got.startswith(b"abc!\r\n'abc!'\r\n"), "history recalls the last input", got)
    b.write(b"\x1b[A")   # the board REPL's history holds input()'s lines
    got = b.read_until(b"abc!")
    expect(got == b"abc!", "one history with the REPL", got)
    b.write(b"\x03")
    b.read_until(b">>> ")
    b.write(b"input('? ')\r")
    b.read_until(b"\r\n? ")
    b.write(b"xy\x03")
    got = b.read_until(b">>> ")
    expect(got.startswith(b"xy\r\nTraceback (most recent call last):\r\n")
           and b"KeyboardInterrupt: \r\n" in got, "Ctrl-C in input()", got)
    b.write(b"input('? ')\r")
    b.read_until(b"\r\n? ")
    b.write(b"\x04")
    got = b.read_until(b">>> ")
    expect(got.startswith(b"\r\nTraceback (most recent call last):\r\n") and b"EOFError" in got,
           "Ctrl-D on an empty input() line", got)
    b.write(b"import sys\r")
    b.read_until(b">>> ")
    b.write(b"input('? ')\r")
    b.read_until(b"\r\n? ")
    b.write(b"sys.ar\t\r")   # completion too
    got = b.read_until(b">>> ")
    expect(got.startswith(b"sys.argv\r\n'sys.argv'\r\n"), "Tab completes in input()", got)


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


# ---- tests through the REPL engine, as the tools use it ------------------------------------

def write_files(env, files):
    for name, text in files.items():
        path = os.path.join(env.fs, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


@test
def friendly_repl_banner_and_eval(env):
    b = env.board()
    got = b.read_until(b">>> ")
    expect(got.startswith(b"MicroPython v") and b"; Raspberry Pi Pico (simulated) with RP2040\r\n" in got,
           "the board's banner", got)
    expect(b'Type "help()" for more information.\r\n>>> ' in got, "the banner's 2nd line", got)
    b.write(b"print('hi'); 1+1\r")
    got = b.read_until(b">>> ")
    expect(got == b"print('hi'); 1+1\r\nhi\r\n2\r\n>>> ", "echo, output and result", got)
    b.write(b"\x02")
    got = b.read_until(b">>> ")
    expect(got.startswith(b"\r\nMicroPython v") and b"\r\r\n" not in got, "Ctrl-B banner", got)


@test
def raw_repl_exec_and_errors(env):
    b = env.board()
    b.read_until(b">>> ")
    b.write(b"\x01")
    got = b.read_until(RAW_BANNER)
    expect(got == b"\r\n" + RAW_BANNER, "raw REPL banner, exactly", got)
    out, err = b.exec_raw("print('hi')\nprint(6*7)")
    expect((out, err) == (b"hi\r\n42\r\n", b""), "raw exec output", (out, err))
    out, err = b.exec_raw("1/0")
    expect(out == b"" and b"\r\nZeroDivisionError: " in err and err.endswith(b"\r\n")
           and err.startswith(b"Traceback (most recent call last):\r\n"), "the error field", err)
    out, err = b.exec_raw("x = (")
    expect(b"SyntaxError" in err, "a compile error in the error field", err)
    got = b.exit_raw()
    expect(got.startswith(b"\r\nMicroPython v") and got.endswith(b">>> "), "\\x02 back", got)


@test
def raw_paste_window_protocol(env):
    b = env.board()
    b.read_until(b">>> ")
    b.enter_raw()
    # about 1 KB of program: several 128-byte windows
    code = "total = 0\n" + "".join("total += %d  # %s\n" % (i, "x" * 20) for i in range(30))
    code += "print('total', total)\n"
    expect(len(code) > 1000, "a program of more than 1 KB")
    out, err = b.exec_paste(code)
    expect((out, err) == (b"total 435\r\n", b""), "raw-paste result", (out, err))
    expect(b.sent_windows >= len(code) // 128, "the board granted windows", b.sent_windows)
    out, err = b.exec_paste("raise OSError(2)")
    expect(err.endswith(b"OSError: 2\r\n"), "an OSError for mpremote's errno mapping", err)


@test
def soft_reset_in_raw_mode_skips_main(env):
    write_files(env, {"boot.py": "print('boot ran')\n", "main.py": "print('main ran')\n"})
    b = env.board()
    got = b.read_until(b">>> ")
    expect(b"boot ran\r\nmain ran\r\n" in got, "boot.py and main.py at start", got)
    b.enter_raw()
    b.exec_raw("x = 5")
    b.write(b"\x04")
    got = b.read_until(RAW_BANNER)
    expect(got == b"OK\r\nMPY: soft reboot\r\nboot ran\r\n" + RAW_BANNER,
           "raw soft reset: boot.py, not main.py, raw banner again", got)
    out, err = b.exec_raw("print('x' in globals())")
    expect(out == b"False\r\n", "a fresh VM after the soft reset", (out, err))
    got = b.exit_raw()
    b.write(b"\x04")   # Ctrl-D at >>> on a board: soft reset, main.py runs
    got = b.read_until(b">>> ")
    expect(got.startswith(b"\r\nMPY: soft reboot\r\nboot ran\r\nmain ran\r\nMicroPython v"),
           "friendly soft reset runs main.py", got)


@test
def safeboot_regains_a_board_that_never_lets_go(env):
    # a main.py that ignores Ctrl-C: -X safeboot skips it (and boot.py) at every boot
    write_files(env, {"boot.py": "print('boot ran')\n",
                      "main.py": "import micropython\nmicropython.kbd_intr(-1)\n"
                                 "print('main ran')\nwhile True:\n    pass\n"})
    b = env.board("-X", "safeboot")
    got = b.read_until(b">>> ")
    expect(got.startswith(b"MicroPython v") and b"ran" not in got,
           "safe boot: the banner first, neither file ran", got)
    expect(b"safe boot" in b.read_stderr(), "the safe boot said on stderr", b.read_stderr())
    b.write(b"\x04")   # a friendly soft reset stays safe
    got = b.read_until(b">>> ")
    expect(got.startswith(b"\r\nMPY: soft reboot\r\nMicroPython v") and b"ran" not in got,
           "soft reset in safe boot runs neither", got)
    b.enter_raw()
    b.exec_raw("import os; os.remove('main.py')")
    expect(not os.path.exists(os.path.join(env.fs, "main.py")), "main.py removed by the tool")
    b.exit_raw()
    b.close()
    b = env.board()   # without safe boot: boot.py runs again
    got = b.read_until(b">>> ")
    expect(got.startswith(b"boot ran\r\nMicroPython v"), "a normal boot afterwards", got)


@test
def mpremote_style_files(env):
    write_files(env, {"hello.txt": "hello\n"})
    b = env.board()
    b.read_until(b">>> ")
    b.enter_raw(soft_reset=True)   # mpremote's soft reset on first use
    data = bytes(range(256)) * 5 + b"tail"
    b.put(data, "/blob.bin")
    expect(open(os.path.join(env.fs, "blob.bin"), "rb").read() == data, "put lands in board_fs")
    expect(b.get("/blob.bin") == data, "get returns the bytes")
    expect(b.sha256("/blob.bin") == sha256(data), "device-side sha256 as mpremote computes it")
    b.exec_checked("import os\nos.mkdir('/d')")
    entries = {e[0]: e for e in b.ls("/")}
    expect(set(entries) == {"hello.txt", "blob.bin", "d"}, "ilistdir names", entries)
    expect(entries["d"][1] == 0x4000 and entries["blob.bin"][1] == 0x8000, "types", entries)
    st = b.eval("tuple(os.stat('/blob.bin'))")
    expect(len(st) == 10 and st[6] == len(data) and st[0] & 0x8000, "os.stat 10-tuple", st)
    out, err = b.exec_paste("open('/nope.txt')")
    expect(err.rstrip().endswith(b"ENOENT") or b"Errno 2" in err, "OSError for a missing file",
           err)
    libs = b.eval("[p for p in __import__('sys').path if p.endswith('/lib')]")
    expect(libs == ["/lib"], "mip's first sys.path entry ending in /lib", libs)
    expect(b.eval("__import__('sys').implementation._mpy & 0xFF") > 0, "mip's _mpy probe")


@test
def ctrl_c_interrupts_raw_exec(env):
    b = env.board()
    b.read_until(b">>> ")
    b.enter_raw()
    b.write(b"import time\nwhile True:\n    time.sleep_ms(5)\n\x04")
    b.read_until(b"OK")
    time.sleep(0.2)
    b.write(b"\x03")
    out, err = b.read_result()
    expect(b"KeyboardInterrupt" in err, "the interrupt reported in the error field", err)
    out, err = b.exec_raw("print('alive')")
    expect(out == b"alive\r\n", "the raw REPL goes on", out)


@test
def interrupt_looping_main_then_raw(env):
    write_files(env, {"main.py": "while True:\n    pass\n"})
    b = env.board()
    time.sleep(0.3)
    b.enter_raw()   # \r\x03 \x03 as the tools send: stops main.py, then raw mode
    out, err = b.exec_raw("print('in raw')")
    expect(out == b"in raw\r\n", "raw REPL after stopping main.py", (out, err))


@test
def mu_microfs_lists_files(env):
    microfs = fetch_microfs()
    python = python_with_serial()
    write_files(env, {"main.py": "print('main')\n", "a.txt": "a", "b.py": "b = 1\n"})
    b = env.board()
    b.read_until(b">>> ")
    b.disconnect()   # microfs opens the port itself
    script = ("import sys; sys.path.insert(0, %r)\n"
              "import microfs, serial\n"
              "s = serial.Serial(%r, 115200, timeout=2)\n"
              "print(sorted(microfs.ls(s)))\n"
              "s.close()\n" % (os.path.dirname(microfs), b.link))
    import subprocess
    r = subprocess.run([python, "-c", script], capture_output=True, timeout=30)
    expect(r.returncode == 0, "microfs ran", r.stderr.decode()[-600:])
    expect(r.stdout.strip() == b"['a.txt', 'b.py', 'main.py']", "microfs.ls", r.stdout)


def fetch_microfs():
    """mu-editor's microfs.py, from Debian's package unpacked into build/ (once)."""
    root = os.path.join(os.path.dirname(EXE), "mu-editor")
    path = os.path.join(root, "usr/share/mu-editor/mu/contrib/microfs.py")
    if os.path.exists(path):
        return path
    import glob
    import subprocess
    os.makedirs(root, exist_ok=True)
    try:
        subprocess.run(["apt-get", "download", "mu-editor"], cwd=root, capture_output=True,
                       timeout=120)
        debs = glob.glob(os.path.join(root, "mu-editor_*.deb"))
        if debs:
            subprocess.run(["dpkg-deb", "-x", debs[0], root], check=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as e:
        raise Skip("cannot fetch mu-editor (%s)" % e)
    if not os.path.exists(path):
        raise Skip("apt-get download mu-editor gave no microfs.py (offline?)")
    return path


def python_with_serial():
    """A Python 3 that has pyserial (Debian's python3-serial, tools/deps.sh)."""
    import subprocess
    for py in (sys.executable, "/usr/bin/python3"):
        if os.path.exists(py) and subprocess.run([py, "-c", "import serial"],
                                                 capture_output=True).returncode == 0:
            return py
    raise Skip("no Python with pyserial (apt-get install python3-serial)")


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
        except Skip as e:
            print("SKIP", fn.__name__, "-", e)
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
