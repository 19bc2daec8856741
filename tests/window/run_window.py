#!/usr/bin/python3
"""The board window under Xvfb (make test-window): clicks a button, closes the window.

Usage: tests/window/run_window.py [--bin build/micropython]

Starts Xvfb, runs `micropython -X window wait_button.py` with MICROPY_WINDOW_MAP=1
(the window prints where each part is), clicks btn1 with xdotool at that spot and
checks the program saw the press; then closes the window as a window manager does
(a WM_DELETE_WINDOW message, sent through libX11 with ctypes) and checks the
program ended like a Ctrl-C: its `finally` ran, one line instead of a traceback,
exit status 1. Skips, saying so, without Xvfb, xauth, xdotool, libX11 or a build
with the window. The last line is `window: N passed, N failed, N skipped`.
"""

import argparse
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def skip(why):
    print("SKIP window: %s" % why)
    print("window: 0 passed, 0 failed, 1 skipped")
    sys.exit(0)


def start_xvfb():
    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp"], pass_fds=(w,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(w)
    num = b""
    while not num.endswith(b"\n"):
        c = os.read(r, 1)
        if not c:
            break
        num += c
    os.close(r)
    if not num.strip():
        xvfb.kill()
        return None, None
    return xvfb, ":" + num.decode().strip()


class Lines:
    """Collects a pipe's lines in a thread; wait_for blocks until one matches."""

    def __init__(self, pipe):
        self.lines, self.cond = [], threading.Condition()
        threading.Thread(target=self.read, args=(pipe,), daemon=True).start()

    def read(self, pipe):
        for raw in pipe:
            with self.cond:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                self.cond.notify_all()

    def wait_for(self, pred, timeout=10):
        end = time.time() + timeout
        with self.cond:
            while True:
                for line in self.lines:
                    if pred(line):
                        return line
                left = end - time.time()
                if left <= 0:
                    return None
                self.cond.wait(left)


class XClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5)]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessage), ("pad", ctypes.c_long * 24)]


def close_window(x11, display, wid):
    """What a window manager does for the title bar's close button."""
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.c_void_p]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        return False
    ev = XEvent()
    ev.xclient.type = 33   # ClientMessage
    ev.xclient.window = wid
    ev.xclient.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
    ev.xclient.format = 32
    ev.xclient.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
    ev.xclient.data[1] = 0   # CurrentTime
    x11.XSendEvent(dpy, wid, 0, 0, ctypes.byref(ev))
    x11.XFlush(ctypes.c_void_p(dpy))
    x11.XCloseDisplay(ctypes.c_void_p(dpy))
    return True


def xdotool(env, *args):
    return subprocess.run(["xdotool"] + list(args), env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, timeout=20).stdout.decode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    binary = os.path.abspath(ap.parse_args().bin)
    for tool in ("Xvfb", "xauth", "xdotool"):
        if not shutil.which(tool):
            skip("%s is not installed (tools/deps.sh installs it)" % tool)
    libx11 = ctypes.util.find_library("X11")
    if not libx11:
        skip("libX11 is missing")
    x11 = ctypes.CDLL(libx11)
    probe = subprocess.run([binary, "-X", "window", "-c", "pass"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, env=dict(os.environ, DISPLAY=":999"))
    if b"no window" in probe.stdout or b"cannot load libSDL2" in probe.stdout:
        skip("this build has no window: " + probe.stdout.decode().strip())
    xvfb, display = start_xvfb()
    if not xvfb:
        skip("Xvfb did not start")
    fails = []
    try:
        fails = run(binary, x11, display)
    finally:
        xvfb.kill()
        xvfb.wait()
    for f in fails:
        print("FAIL window: %s" % f)
    print("window: %d passed, %d failed, 0 skipped" % (0 if fails else 1, 1 if fails else 0))
    return 1 if fails else 0


def run(binary, x11, display):
    env = dict(os.environ, DISPLAY=display, MICROPY_WINDOW_MAP="1")
    env.pop("MICROPY_BOARD", None)
    prog = subprocess.Popen([binary, "-X", "board=pico", "-X", "window", "wait_button.py"],
                            cwd=HERE, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out, err = Lines(prog.stdout), Lines(prog.stderr)
    try:
        return drive(prog, out, err, x11, display, env)
    finally:
        if prog.poll() is None:
            prog.kill()
            prog.wait()


def drive(prog, out, err, x11, display, env):
    size = err.wait_for(lambda l: l.startswith("window: size "))
    spot = err.wait_for(lambda l: l.startswith("window: part btn1 "))
    if not size or not spot:
        return ["no part map from the window: %r" % err.lines]
    pw, ph = map(int, size.split()[2:4])
    bx, by = map(int, spot.split()[3:5])
    wids = xdotool(env, "search", "--sync", "--name", "^micropython: ").split()
    if not wids or not out.wait_for(lambda l: l == "ready"):
        return ["no window or no 'ready' (stdout %r, stderr %r)" % (out.lines, err.lines)]
    wid = wids[0]
    # The picture is scaled to fit the window, aspect kept, centred.
    geo = xdotool(env, "getwindowgeometry", wid)
    ww, wh = map(int, geo.split("Geometry:")[1].split()[0].split("x"))
    s = min(ww / pw, wh / ph)
    x, y = int((ww - pw * s) / 2 + bx * s), int((wh - ph * s) / 2 + by * s)
    xdotool(env, "mousemove", "--window", wid, str(x), str(y))
    xdotool(env, "mousedown", "1")
    pressed = out.wait_for(lambda l: l == "pressed", 5)
    xdotool(env, "mouseup", "1")
    if not pressed:
        return ["the click at (%d, %d) did not press btn1 (stdout %r)" % (x, y, out.lines)]
    time.sleep(0.3)   # the program is in its tight loop now
    close_window(x11, display, int(wid))
    try:
        status = prog.wait(10)
    except subprocess.TimeoutExpired:
        return ["closing the window did not end the program"]
    time.sleep(0.2)
    fails = []
    if status != 1:
        fails.append("exit status %d after the close, expected 1 (as Ctrl-C)" % status)
    if not out.wait_for(lambda l: l == "finally ran", 2):
        fails.append("the program's finally did not run: %r" % out.lines)
    if not err.wait_for(lambda l: l == "micropython: the board window was closed", 2):
        fails.append("no close message: %r" % err.lines)
    if any("Traceback" in l for l in err.lines):
        fails.append("a traceback after the close: %r" % err.lines)
    return fails


if __name__ == "__main__":
    sys.exit(main())
