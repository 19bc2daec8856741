# tests/serial/board_client.py: a host-side client for the simulated board's serial link,
# speaking the raw REPL and raw-paste as mpremote, pyboard.py, rshell and ampy do.
# Layer: tests (Python 3 on the host; needs only the standard library).
# SPDX-License-Identifier: MIT
"""Drive `micropython -X serial` over its PTY the way host tools drive a board.

Every wait has a timeout and fails with what was received, so a broken board
gives a clear error and never a hang.
"""

import ast
import hashlib
import os
import select
import subprocess
import termios
import time
import tty

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"


class BoardError(Exception):
    """The board did not answer as a board does."""


class Board:
    """A started board process and a connection to its PTY link."""

    def __init__(self, exe, workdir, args=(), fs="board_fs", link="board.tty", env=None):
        self.workdir = workdir
        self.link = os.path.join(workdir, link)
        self.fs = os.path.join(workdir, fs)
        self.proc = subprocess.Popen(
            [exe, "-X", "serial=" + link, "-X", "fs=" + fs, *args],
            cwd=workdir, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=env)
        self.fd = None
        self.stderr_text = b""
        deadline = time.monotonic() + 10
        while not os.path.islink(self.link) or not os.path.exists(self.link):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise BoardError("no link %s; stderr: %r" % (self.link, self.read_stderr()))
            time.sleep(0.02)
        self.connect()

    def read_stderr(self):
        if self.proc.poll() is None:
            r, _, _ = select.select([self.proc.stderr], [], [], 0.2)
            if r:
                self.stderr_text += os.read(self.proc.stderr.fileno(), 65536)
        else:
            self.stderr_text += self.proc.stderr.read()
        return self.stderr_text

    # ---- the link ----------------------------------------------------------------------

    def connect(self):
        """Opens the link as a tool does (raw mode, as pyserial sets it)."""
        self.fd = os.open(self.link, os.O_RDWR | os.O_NOCTTY)
        # TCSANOW: what the board wrote before we came stays readable (TCSAFLUSH drops it)
        tty.setraw(self.fd, termios.TCSANOW)
        self.pending = b""

    def disconnect(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def write(self, data):
        os.write(self.fd, data)

    def read_until(self, ending, timeout=5.0):
        """Bytes up to and including [ending]; raises with what came otherwise."""
        deadline = time.monotonic() + timeout
        while ending not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0:
                got, self.pending = self.pending, b""
                raise BoardError("waited %.1fs for %r, got %r" % (timeout, ending, got))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                self.pending += os.read(self.fd, 4096)
        i = self.pending.index(ending) + len(ending)
        got, self.pending = self.pending[:i], self.pending[i:]
        return got

    def read_quiet(self, quiet=0.2, timeout=5.0):
        """Everything until the line has been quiet for [quiet] seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            r, _, _ = select.select([self.fd], [], [], quiet)
            if not r:
                break
            self.pending += os.read(self.fd, 4096)
        got, self.pending = self.pending, b""
        return got

    def close(self):
        self.disconnect()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.read_stderr()

    # ---- raw REPL (reference §10) --------------------------------------------------------

    def enter_raw(self, soft_reset=False):
        """mpremote's sequence: \\r\\x03 twice, drain, \\r\\x01, then the raw banner."""
        self.write(b"\r\x03")
        time.sleep(0.05)
        self.write(b"\x03")
        self.read_quiet(0.1)
        self.write(b"\r\x01")
        self.read_until(RAW_BANNER)
        if soft_reset:
            self.soft_reset_raw()

    def soft_reset_raw(self):
        """An empty \\x04 in the raw REPL: OK, soft reboot, boot.py, raw banner again."""
        self.write(b"\x04")
        self.read_until(b"soft reboot\r\n")
        return self.read_until(RAW_BANNER)

    def exit_raw(self):
        self.write(b"\r\x02")
        return self.read_until(b">>> ")

    def exec_raw(self, code, timeout=10.0):
        """Plain raw exec (ampy, rshell): 256-byte chunks, \\x04, OK, stdout, stderr."""
        if isinstance(code, str):
            code = code.encode()
        for i in range(0, len(code), 256):
            self.write(code[i:i + 256])
            time.sleep(0.01)
        self.write(b"\x04")
        ok = self.read_until(b"OK", timeout)
        if not ok.endswith(b"OK") or len(ok) != 2:
            raise BoardError("expected OK, got %r" % ok)
        return self.read_result(timeout)

    def read_result(self, timeout=10.0):
        out = self.read_until(b"\x04", timeout)[:-1]
        err = self.read_until(b"\x04", timeout)[:-1]
        self.read_until(b">", timeout)
        return out, err

    def exec_paste(self, code, timeout=10.0):
        """Raw-paste (reference §11): the window protocol, as mpremote and Thonny."""
        if isinstance(code, str):
            code = code.encode()
        self.write(b"\x05A\x01")
        head = self.read_until(b"R", timeout) + self.read_n(1, timeout)
        if head[-1:] != b"\x01":
            raise BoardError("raw-paste refused: %r" % head)
        incr = int.from_bytes(self.read_n(2, timeout), "little")
        window = 0
        self.sent_windows = 0
        i = 0
        while i < len(code):
            while window == 0 or self.data_waiting():
                b = self.read_n(1, timeout)
                if b == b"\x01":
                    window += incr
                    self.sent_windows += 1
                elif b == b"\x04":
                    self.write(b"\x04")
                    raise BoardError("the board ended raw-paste early")
                else:
                    raise BoardError("unexpected %r during raw-paste" % b)
            n = min(window, len(code) - i)
            self.write(code[i:i + n])
            window -= n
            i += n
        self.write(b"\x04")
        # flow-control grants may still come before the \x04 that says "compiled"
        while True:
            b = self.read_n(1, timeout)
            if b == b"\x04":
                break
            if b != b"\x01":
                raise BoardError("unexpected %r after raw-paste data" % b)
        return self.read_result(timeout)

    def data_waiting(self):
        if self.pending:
            return True
        r, _, _ = select.select([self.fd], [], [], 0)
        return bool(r)

    def read_n(self, n, timeout=5.0):
        deadline = time.monotonic() + timeout
        while len(self.pending) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardError("waited for %d bytes, got %r" % (n, self.pending))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                self.pending += os.read(self.fd, 4096)
        got, self.pending = self.pending[:n], self.pending[n:]
        return got

    def eval(self, expr):
        """mpremote eval: print(repr(x)) read back with ast.literal_eval."""
        out, err = self.exec_paste("print(repr(%s))" % expr)
        if err:
            raise BoardError("eval %s failed: %r" % (expr, err))
        return ast.literal_eval(out.decode().strip())

    # ---- files, as mpremote fs does (reference §14) ------------------------------------

    def ls(self, path="/"):
        out, err = self.exec_paste(
            "import os\nfor f in os.ilistdir(%r):\n print(repr(f), end=',')" % path)
        if err:
            raise BoardError("ls failed: %r" % err)
        return ast.literal_eval("[" + out.decode() + "]")

    def put(self, data, dest, chunk=256):
        self.exec_checked("f=open(%r,'wb')\nw=f.write" % dest)
        for i in range(0, len(data), chunk):
            self.exec_checked("w(%r)" % data[i:i + chunk])
        self.exec_checked("f.close()")

    def get(self, src, chunk=256):
        self.exec_checked("f=open(%r,'rb')\nr=f.read" % src)
        data = b""
        while True:
            out = self.exec_checked("print(r(%d))" % chunk)
            piece = ast.literal_eval(out.decode().strip())
            if not piece:
                break
            data += piece
        self.exec_checked("f.close()")
        return data

    def sha256(self, path, chunk=256):
        """mpremote's device-side hash: readinto a memoryview, hashlib.sha256."""
        out = self.exec_checked(
            "import hashlib\nh=hashlib.sha256()\nbuf=memoryview(bytearray(%d))\n"
            "f=open(%r,'rb')\nwhile 1:\n n=f.readinto(buf)\n if not n:break\n"
            " h.update(buf[:n])\nf.close()\nprint(h.digest())" % (chunk, path))
        return ast.literal_eval(out.decode().strip())

    def exec_checked(self, code):
        out, err = self.exec_paste(code)
        if err:
            raise BoardError("exec %r failed: %r" % (code, err))
        return out


def sha256(data):
    return hashlib.sha256(data).digest()
