#!/usr/bin/env python3
# tests/repl/test_repl.py: the REPL engine on a pseudo-terminal, byte for byte (docs/repl.md;
# the reference shared/reference/repl-and-tools.md §1-§12). Layer: tests (Python driver).
# SPDX-License-Identifier: MIT
"""Drives build/micropython's REPL over a PTY and compares the bytes it sends.

The binary runs as the leader of a new session with the PTY as its controlling
terminal, so a \\x03 typed while code runs is a real SIGINT (the reference §19).
The terminal keeps onlcr on, as MicroPython's unix port does: the engine's own
"\\r\\n" arrives as "\\r\\r\\n" and a program's "\\n" as "\\r\\n".
Each check waits for the bytes it expects (a few seconds at most) and fails
showing what came instead. Prints "repl: N passed, N failed".
"""

import argparse
import fcntl
import os
import re
import select
import subprocess
import sys
import tempfile
import termios
import time
import traceback

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 5
BANNER = (rb"MicroPython v\d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; linux \[[^\]]+\] version\r\r\n"
          rb'Type "help\(\)" for more information\.\r\r\n')
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\r\n>"


class Failure(Exception):
    pass


class Session:
    """One micropython process on a fresh PTY."""

    def __init__(self, binary, home, args=()):
        self.master, self.slave = os.openpty()
        env = dict(os.environ, HOME=home, TERM="dumb")
        for k in ("MICROPYINSPECT", "MICROPYPATH"):
            env.pop(k, None)

        def own_terminal():
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen([binary] + list(args), stdin=self.slave, stdout=self.slave,
                                     stderr=self.slave, env=env, start_new_session=True,
                                     preexec_fn=own_terminal, cwd=home)
        self.buf = b""

    def send(self, data):
        os.write(self.master, data)

    def _read(self, deadline):
        left = deadline - time.time()
        if left <= 0 or not select.select([self.master], [], [], left)[0]:
            return False
        try:
            data = os.read(self.master, 4096)
        except OSError:
            data = b""
        if not data:
            return False
        self.buf += data
        return True

    def expect(self, pattern, timeout=TIMEOUT, what=""):
        """Reads until the buffer (from its start) matches the regex [pattern] in full up to
        some point; consumes that much. Bytes before the match are an error."""
        deadline = time.time() + timeout
        rx = re.compile(pattern, re.S)
        while True:
            m = rx.match(self.buf)
            if m:
                self.buf = self.buf[m.end():]
                return m
            if not self._read(deadline):
                raise Failure("%swaited for %r, got %r" % (what and what + ": ", pattern, self.buf))

    def exact(self, data, timeout=TIMEOUT, what=""):
        return self.expect(re.escape(data), timeout, what)

    def until(self, data, timeout=TIMEOUT):
        """Reads up to and including [data]; returns what came before it."""
        deadline = time.time() + timeout
        while data not in self.buf:
            if not self._read(deadline):
                raise Failure("waited for %r, got %r" % (data, self.buf))
        i = self.buf.index(data)
        before, self.buf = self.buf[:i], self.buf[i + len(data):]
        return before

    def running(self, timeout=TIMEOUT):
        """Waits until the terminal is back in cooked mode: user code is running."""
        deadline = time.time() + timeout
        while not termios.tcgetattr(self.slave)[3] & termios.ICANON:
            if time.time() > deadline:
                raise Failure("the terminal never went back to cooked mode")
            time.sleep(0.01)

    def status(self, timeout=TIMEOUT):
        try:
            st = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise Failure("the process did not exit; got %r" % self.buf)
        return st

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)
        os.close(self.slave)


def started(s):
    s.expect(BANNER + rb">>> ", timeout=30)   # slow builds (stress, valgrind) start slowly


# ---- the friendly REPL -------------------------------------------------------------------

def t_banner_and_expression(s):
    started(s)
    s.send(b"1+1\r")
    s.exact(b"1+1\r\r\n2\r\n>>> ")


def t_traceback(s):
    started(s)
    s.send(b"foo\r")
    s.expect(rb"foo\r\r\nTraceback \(most recent call last\):\r\n"
             rb'  File "<stdin>", line 1, in <module>\r\n'
             rb"NameError: name 'foo' is(n't| not) defined\r\n>>> $")


def t_underscore(s):
    started(s)
    s.send(b"6*7\r")
    s.exact(b"6*7\r\r\n42\r\n>>> ")
    s.send(b"x = 1\r")
    s.exact(b"x = 1\r\r\n>>> ")
    s.send(b"_+1\r")
    s.exact(b"_+1\r\r\n43\r\n>>> ")


def t_auto_indent_enter_three_times(s):
    started(s)
    steps = [(b"for i in range(2):\r", b"for i in range(2):\r\r\n...     "),
             (b"print(i)\r", b"print(i)\r\r\n...     "),
             (b"\r", b"\r\r\n...     "),
             (b"\r", b"\r\r\n... "),
             (b"\r", b"\r\r\n0\r\n1\r\n>>> ")]
    for send, want in steps:
        s.send(send)
        s.exact(want, what="after %r" % send)


def t_auto_indent_nested(s):
    started(s)
    s.send(b"def f(x):\r")
    s.exact(b"def f(x):\r\r\n...     ")
    s.send(b"if x:\r")
    s.exact(b"if x:\r\r\n...         ")
    s.send(b"return 1\r")
    s.exact(b"return 1\r\r\n...         ")
    s.send(b"\r\r\r")
    s.exact(b"\r\r\n...         \r\r\n... \r\r\n>>> ")
    s.send(b"f(3)\r")
    s.exact(b"f(3)\r\r\n1\r\n>>> ")


def t_brackets_continue(s):
    started(s)
    s.send(b"x = (1,\r")
    s.exact(b"x = (1,\r\r\n... ")
    s.send(b"2)\r")
    s.exact(b"2)\r\r\n>>> ")
    s.send(b"x\r")
    s.exact(b"x\r\r\n(1, 2)\r\n>>> ")


def t_ctrl_d_runs_continuation(s):
    started(s)
    s.send(b"if 1: print(5)\r")
    s.exact(b"if 1: print(5)\r\r\n... ")
    s.send(b"\x04")
    s.exact(b"5\r\n>>> ")


def t_ctrl_c_at_prompt(s):
    started(s)
    s.send(b"abc\x03")
    s.exact(b"abc\r\r\n>>> ")
    s.send(b"for i in x:\r")
    s.exact(b"for i in x:\r\r\n...     ")
    s.send(b"\x03")
    s.exact(b"\r\r\n>>> ")
    s.send(b"\x03")
    s.exact(b"\r\r\n>>> ")


def t_ctrl_c_while_running(s):
    started(s)
    s.send(b"while True: pass\r")
    s.exact(b"while True: pass\r\r\n... ")
    s.send(b"\r")
    s.exact(b"\r\r\n")
    s.running()
    s.send(b"\x03")
    s.expect(rb"(\^C)?Traceback \(most recent call last\):\r\n"
             rb'  File "<stdin>", line 1, in <module>\r\n'
             rb"KeyboardInterrupt: \r\n>>> $")
    s.send(b"print('alive')\r")
    s.exact(b"print('alive')\r\r\nalive\r\n>>> ")


def t_ctrl_c_typed_ahead(s):
    # Enter and Ctrl-C in one write: the Ctrl-C may come before the code starts, while the
    # terminal is still raw; it must interrupt the code all the same.
    started(s)
    s.send(b"while True: pass\r\r\x03")
    s.expect(rb"while True: pass\r\r\n\.\.\. \r\r\n(\^C)?Traceback \(most recent call last\):\r\n"
             rb'  File "<stdin>", line 1, in <module>\r\n'
             rb"KeyboardInterrupt: \r\n>>> $")
    s.send(b"1\r")
    s.exact(b"1\r\r\n1\r\n>>> ")


def t_ctrl_b_banner(s):
    started(s)
    s.send(b"\x02")
    s.expect(rb"\r\r\n" + BANNER + rb">>> $")


def t_ctrl_d_exits(s):
    started(s)
    s.send(b"\x04")
    s.exact(b"\r\r\n")
    if s.status() != 0:
        raise Failure("exit status %d after Ctrl-D" % s.proc.returncode)


def t_sys_exit_status(s):
    started(s)
    s.send(b"import sys; sys.exit(7)\r")
    if s.status() != 7:
        raise Failure("exit status %d, expected 7" % s.proc.returncode)


def t_ps1_ps2(s):
    started(s)
    s.send(b"import sys; sys.ps1 = 'py> '; sys.ps2 = '.. '\r")
    s.exact(b"import sys; sys.ps1 = 'py> '; sys.ps2 = '.. '\r\r\npy> ")
    s.send(b"(1,\r")
    s.exact(b"(1,\r\r\n.. ")
    s.send(b")\r")
    s.exact(b")\r\r\n(1,)\r\npy> ")


def t_paste_mode(s):
    started(s)
    s.send(b"\x05")
    s.exact(b"\r\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\r\n=== ")
    s.send(b"def f():\r    return 42\r\rprint(f())\r")
    s.exact(b"def f():\r\r\n===     return 42\r\r\n=== \r\r\n=== print(f())\r\r\n=== ")
    s.send(b"\x04")
    s.exact(b"\r\r\n42\r\n>>> ")
    s.send(b"\x05")
    s.until(b"=== ")
    s.send(b"\x04")
    s.exact(b"\r\r\n>>> ")             # an empty paste runs nothing
    s.send(b"\x05x = 1\r\x03")
    s.until(b"=== x = 1\r\r\n=== ")
    s.exact(b"\r\r\n>>> ")             # Ctrl-C cancels
    s.send(b"x\r")
    s.expect(rb"x\r\r\nTraceback.*NameError.*\r\n>>> $")


def t_thonny_local_paste(s):
    # Thonny's "MicroPython (local)" back-end (the reference §6), step by step.
    started(s)
    s.send(b"\x05")
    s.until(b"=== ")
    code = b"import sys\nfor i in range(3):\n    print('n', i)\n#uIuIu"
    s.send(code)
    echo = s.until(b"#uIuIu")
    if echo != code[:-6].replace(b"\n", b"\r\n"):
        raise Failure("paste echo %r" % echo)
    s.send(b"\x04")
    s.until(b"\n")
    out = s.until(b">>> ")
    if out != b"n 0\r\nn 1\r\nn 2\r\n":
        raise Failure("paste output %r" % out)


def t_help_control_table(s):
    started(s)
    s.send(b"help()\r")
    s.until(b"Control commands:\r\n")
    table = s.until(b"\r\n\r\n")
    want = (b"  CTRL-A        -- on a blank line, enter raw REPL mode\r\n"
            b"  CTRL-B        -- on a blank line, enter normal REPL mode\r\n"
            b"  CTRL-C        -- interrupt a running program\r\n"
            b"  CTRL-D        -- on a blank line, exit\r\n"
            b"  CTRL-E        -- on a blank line, enter paste mode")
    if table != want:
        raise Failure("help() control table %r" % table)


def t_editor_completion_and_history(s):
    # The editor (unix/repl_edit.c) wired to the engine: Tab completes a __main__ name,
    # Up recalls the last line; the editor's own bytes are its tests' business.
    started(s)
    s.send(b"abcdef = 6\r")
    s.exact(b"abcdef = 6\r\r\n>>> ")
    s.send(b"abc\t")
    s.exact(b"abcdef")
    s.send(b" * 7\r")
    s.exact(b" * 7\r\r\n42\r\n>>> ")
    s.send(b"\x1b[A\r")
    s.until(b"\r\r\n42\r\n>>> ")
    s.send(b"if 1:\r")
    s.exact(b"if 1:\r\r\n...     ")
    s.send(b"x = \t")                   # Tab after whitespace: 4 spaces
    s.exact(b"x =     ")
    s.send(b"\x03")
    s.exact(b"\r\r\n>>> ")


def t_board_banner(s):
    # With a board up, the banner names it and its MCU (never a name Thonny special-cases).
    s.expect(rb"MicroPython v\S+ on \S+; Raspberry Pi Pico \(simulated\) with RP2040\r\r\n"
             rb'Type "help\(\)" for more information\.\r\r\n>>> $', timeout=30)
t_board_banner.args = ["-X", "board=pico"]


# ---- the raw REPL --------------------------------------------------------------------------

def t_raw_repl_exec_and_errors(s):
    started(s)
    s.send(b"\x01")
    s.exact(b"\r\r\n" + RAW_BANNER)
    s.send(b"print('hi')\x04")
    s.exact(b"OKhi\r\n\x04\x04>")
    s.send(b"1/0\x04")
    s.exact(b'OK\x04Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
            b"ZeroDivisionError: division by zero\r\n\x04>")
    s.send(b"print('a')\nprint(1 +\x04")    # nothing runs: the file does not compile
    s.expect(rb'OK\x04(Traceback \(most recent call last\):\r\n)?  File "<stdin>", line 2'
             rb".*\r\nSyntaxError: [^\r\n]+\r\n\x04>$")
    s.send(b"x = 5\nx * 2\x04")            # a file: no expression echo
    s.exact(b"OK\x04\x04>")
    s.send(b"junk\x03print(x)\x04")        # Ctrl-C clears what was sent
    s.exact(b"OK5\r\n\x04\x04>")
    s.send(b"\x01")
    s.exact(RAW_BANNER)
    s.send(b"\x02")
    s.expect(rb"\r\r\n" + BANNER + rb">>> $")
    s.send(b"x\r")
    s.exact(b"x\r\r\n5\r\n>>> ")


def t_raw_empty_ctrl_d_exits(s):
    started(s)
    s.send(b"\x01")
    s.exact(b"\r\r\n" + RAW_BANNER)
    s.send(b"\x04")
    s.exact(b"OK\r\r\n")
    if s.status() != 0:
        raise Failure("exit status %d after an empty raw \\x04" % s.proc.returncode)


def t_raw_system_exit(s):
    started(s)
    s.send(b"\x01")
    s.until(b">")
    s.send(b"print(1)\nimport sys\nsys.exit(3)\x04")
    s.exact(b"OK1\r\n\x04\x04")
    if s.status() != 3:
        raise Failure("exit status %d, expected 3" % s.proc.returncode)


def t_raw_paste_docs_example(s):
    started(s)
    s.send(b"\x01\x05A\x01print(123)\x04")
    s.exact(b"\r\r\nraw REPL; CTRL-B to exit\r\r\n>R\x01\x80\x00\x01\x04123\r\n\x04\x04>")
    s.send(b"\x05B\x01")
    s.exact(b"R\x00>")


def raw_paste_send(s, data):
    """The host's side of raw-paste (mpremote's algorithm): send at most the window granted."""
    s.send(b"\x05A\x01")
    s.exact(b"R\x01")
    head = s.expect(rb"(..)\x01").group(1)
    window = head[0] | head[1] << 8
    remain = window
    i = 0
    while i < len(data):
        while remain == 0 or s.buf:
            if not s.buf and not s._read(time.time() + TIMEOUT):
                raise Failure("no window granted after %d bytes" % i)
            b, s.buf = s.buf[:1], s.buf[1:]
            if b == b"\x01":
                remain += window
            else:
                raise Failure("unexpected %r during raw-paste (after %d bytes)" % (b, i))
        n = min(remain, len(data) - i)
        s.send(data[i:i + n])
        i += n
        remain -= n
    s.send(b"\x04")
    # The device may still grant windows for the last bytes before it acknowledges the end.
    s.expect(rb"\x01*\x04")
    return window


def t_raw_paste_window(s):
    started(s)
    s.send(b"\x01")
    s.until(b">")
    lines = [b"v%03d = %d  # padding to make the program longer" % (i, i) for i in range(25)]
    prog = b"\n".join(lines) + b"\nprint(v000 + v024)\n"
    if len(prog) < 1000:
        raise Failure("test program too short: %d" % len(prog))
    window = raw_paste_send(s, prog)
    if window != 128:
        raise Failure("window %d, expected 128" % window)
    s.exact(b"24\r\n\x04\x04>")
    # A compile error after the end of the data, in the error field.
    raw_paste_send(s, b"print(1 +\n")
    s.expect(rb"\x04(Traceback \(most recent call last\):\r\n)?  File .*SyntaxError[^\x04]*\x04>$")


def t_raw_paste_ctrl_c(s):
    started(s)
    s.send(b"\x01")
    s.until(b">")
    s.send(b"\x05A\x01")
    s.exact(b"R\x01\x80\x00\x01")
    s.send(b"print(1)\x03")
    s.expect(rb"\x04\x04(Traceback \(most recent call last\):\r\n)?KeyboardInterrupt: \r\n\x04>$")


def t_history_saved(s):
    started(s)
    s.send(b"print('after')\r")
    s.exact(b"print('after')\r\r\nafter\r\n>>> ")
    s.send(b"\x04")
    s.status()
    hist = open(os.path.join(s.home, ".micropython.history")).read()
    if "print('after')" not in hist.splitlines():
        raise Failure("history not saved: %r" % hist)


TESTS = [v for k, v in sorted(globals().items()) if k.startswith("t_")]


def parse_options(doc):
    """The runners' options (also test_complete.py's); opts.bin is made absolute."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-k", help="run only tests whose name contains this")
    opts = ap.parse_args()
    opts.bin = os.path.abspath(opts.bin)
    return opts


def run_tests(tests, label, opts):
    """Runs each test on a fresh session (its own HOME) and prints "label: N passed,
    N failed"; returns the exit status."""
    passed = failed = 0
    for t in tests:
        name = t.__name__[2:]
        if opts.k and opts.k not in name:
            continue
        with tempfile.TemporaryDirectory() as home:
            s = Session(opts.bin, home, getattr(t, "args", ()))
            s.home = home
            try:
                t(s)
                passed += 1
                if opts.verbose:
                    print("pass", name)
            except Failure as e:
                failed += 1
                print("FAIL %s: %s" % (name, e))
            except Exception:
                failed += 1
                print("FAIL %s: %s" % (name, traceback.format_exc()))
            finally:
                s.close()
    print("%s: %d passed, %d failed" % (label, passed, failed))
    return 1 if failed else 0


def main():
    return run_tests(TESTS, "repl", parse_options(__doc__))


if __name__ == "__main__":
    sys.exit(main())
