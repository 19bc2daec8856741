#!/usr/bin/python3
"""The board window under Xvfb (make test-window): clicks, keys, drags, closes the window.

Usage: tests/window/run_window.py [--bin build/micropython]

Starts Xvfb, runs `micropython -X window wait_button.py` with MICROPY_WINDOW_MAP=1
(the window prints where each part is and each slider's track), clicks btn1 with
xdotool at that spot and checks the program saw the press; taps btn2's key "2"
(xdotool key) and checks the polling program saw it; drags pot1's slider to 90 %
and checks the ADC reads it; taps "2" again, and the program stalls 0.5 s
in a C call right after the press (as on a loaded machine): the tap must still
be seen; clicks btn1 while the program is in a 4 s
time.sleep and checks its IRQ ran during the sleep; then closes the window as a window manager does
(a WM_DELETE_WINDOW message, sent through libX11 with ctypes) and checks the
program ended like a Ctrl-C: its `finally` ran, one line instead of a traceback,
exit status 1. Then `make run` twice: headless (no DISPLAY: the showcase under
its scenario, writing BUILD/showcase.png) and with the Xvfb display (the showcase
in a window, ended once it is up). Skips, saying so, without Xvfb, xauth, xdotool, libX11 or a build
with the window. The last line is `window: N passed, N failed, N skipped`.
"""

import argparse
import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
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
    results = []
    try:
        results.append(("the window", run(binary, x11, display)))
        build = os.path.relpath(os.path.dirname(binary), REPO)
        if not build.startswith(".."):   # make run needs the build inside the tree
            results.append(("make run headless", make_run_headless(build)))
            results.append(("make run with a display", make_run_window(build, display)))
    finally:
        xvfb.kill()
        xvfb.wait()
    for name, fails in results:
        for f in fails:
            print("FAIL window: %s: %s" % (name, f))
    bad = sum(1 for _, f in results if f)
    print("window: %d passed, %d failed, 0 skipped" % (len(results) - bad, bad))
    return 1 if bad else 0


def make_env(**extra):
    """The environment for a `make run` of its own (not the calling make's jobserver)."""
    env = dict(os.environ, **extra)
    for k in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "MICROPY_BOARD"):
        env.pop(k, None)
    return env


def make_run_headless(build):
    """`make run` without a display: the showcase under its scenario, a PNG at the end."""
    shot = os.path.join(REPO, build, "showcase.png")
    if os.path.exists(shot):
        os.remove(shot)
    env = make_env(XDG_RUNTIME_DIR=tempfile.mkdtemp())   # no Wayland socket either
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    p = subprocess.run(["make", "--no-print-directory", "run", "BUILD=" + build], cwd=REPO, env=env,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=300)
    out = p.stdout.decode("utf-8", "replace")
    fails = []
    if p.returncode != 0:
        fails.append("status %d: %s" % (p.returncode, out[-2000:]))
    if "running headless" not in out or "wrote %s/showcase.png" % build not in out:
        fails.append("not the headless run: %s" % out[-2000:])
    if not os.path.exists(shot) or open(shot, "rb").read(8) != b"\x89PNG\r\n\x1a\n":
        fails.append("no PNG at %s" % shot)
    return fails


def make_run_window(build, display):
    """`make run` with a display: the showcase in a window (ended here after it opened)."""
    env = make_env(DISPLAY=display)
    p = subprocess.Popen(["make", "--no-print-directory", "run", "BUILD=" + build], cwd=REPO,
                         env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    out = Lines(p.stdout)
    try:
        fails = []
        if not out.wait_for(lambda l: l.endswith("micropython -X window examples/showcase.py"),
                            120):
            return ["make run did not choose the window: %r" % out.lines]
        try:   # (the showcase's own output is block-buffered into this pipe: not waited for)
            wids = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                   "^micropython: pico$"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, timeout=30).stdout
        except subprocess.TimeoutExpired:
            wids = b""
        if not wids.split():
            fails.append("no showcase window (output %r)" % out.lines)
        if p.poll() is not None:
            fails.append("make run ended (status %d) while its window was open" % p.returncode)
        return fails
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)   # make and the showcase: the session started here
        p.wait(10)


def run(binary, x11, display):
    env = dict(os.environ, DISPLAY=display, MICROPY_WINDOW_MAP="1")
    env.pop("MICROPY_BOARD", None)
    fifo = os.path.join(tempfile.mkdtemp(), "stall")
    os.mkfifo(fifo)
    prog = subprocess.Popen([binary, "-X", "board=pico", "-X", "window", "wait_button.py", fifo],
                            cwd=HERE, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out, err = Lines(prog.stdout), Lines(prog.stderr)
    try:
        return drive(prog, out, err, x11, display, env, fifo)
    finally:
        if prog.poll() is None:
            prog.kill()
            prog.wait()


class Picture:
    """Maps the picture's pixels to the window's: scaled to fit, aspect kept, centred."""

    def __init__(self, env, wid, pw, ph):
        geo = xdotool(env, "getwindowgeometry", wid)
        ww, wh = map(int, geo.split("Geometry:")[1].split()[0].split("x"))
        self.s = min(ww / pw, wh / ph)
        self.ox, self.oy = (ww - pw * self.s) / 2, (wh - ph * self.s) / 2
        self.env, self.wid = env, wid

    def move(self, x, y):
        wx, wy = int(self.ox + x * self.s), int(self.oy + y * self.s)
        xdotool(self.env, "mousemove", "--window", self.wid, str(wx), str(wy))
        return wx, wy


def window_map(err):
    """The window's MICROPY_WINDOW_MAP lines: size, parts' centres, sliders' tracks."""
    size = err.wait_for(lambda l: l.startswith("window: size "))
    if not size or not err.wait_for(lambda l: l.startswith("window: slider ")):
        return None
    parts, sliders = {}, {}
    for line in err.lines:
        f = line.split()
        if line.startswith("window: part "):
            parts[f[2]] = (int(f[3]), int(f[4]))
        elif line.startswith("window: slider "):   # ID PROP X0 V0 X1 V1 Y
            sliders[(f[2], f[3])] = (int(f[4]), float(f[5]), int(f[6]), float(f[7]), int(f[8]))
    return tuple(map(int, size.split()[2:4])), parts, sliders


def knob_value(out, n):
    """The value in the program's [n]th "knob V" line (waits for it), or None."""
    if not out.wait_for(lambda l: sum(x.startswith("knob ") for x in out.lines) >= n, 5):
        return None
    return int([x for x in out.lines if x.startswith("knob ")][n - 1].split()[1])


def release_fifo(fifo, timeout=5):
    """Opens the program's FIFO for writing (it is reading it) and closes it: its read ends."""
    end = time.time() + timeout
    while True:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:   # ENXIO: no reader yet
            if time.time() > end:
                return False
            time.sleep(0.02)
    os.write(fd, b"go\n")
    os.close(fd)
    return True


def drive(prog, out, err, x11, display, env, fifo):
    m = window_map(err)
    if not m or "btn1" not in m[1] or ("pot1", "-") not in m[2]:
        return ["no part map from the window: %r" % err.lines]
    (pw, ph), parts, sliders = m
    wids = xdotool(env, "search", "--sync", "--onlyvisible", "--name", "^micropython: ").split()
    if not wids or not out.wait_for(lambda l: l == "ready"):
        return ["no window or no 'ready' (stdout %r, stderr %r)" % (out.lines, err.lines)]
    wid = wids[0]
    pic = Picture(env, wid, pw, ph)
    # 1. A click on btn1, seen by a program polling the pin.
    x, y = pic.move(*parts["btn1"])
    xdotool(env, "mousedown", "1")
    time.sleep(0.05)
    xdotool(env, "mouseup", "1")
    pressed = out.wait_for(lambda l: l == "pressed", 5)
    if not pressed:
        return ["the click at (%d, %d) did not press btn1 (stdout %r)" % (x, y, out.lines)]
    # 2. btn2 through its key: a tap (press and release at once), held long
    # enough by the window for the polling program to see it.
    xdotool(env, "windowfocus", "--sync", wid)
    xdotool(env, "key", "2")
    if not out.wait_for(lambda l: l == "key pressed", 5):
        return ["the key 2 did not press btn2 (stdout %r)" % out.lines]
    # 3. Drag pot1's slider from its middle to 90 %; the key again makes the
    # program read the ADC.
    before = knob_value(out, 1)
    x0, v0, x1, v1, sy = sliders[("pot1", "-")]
    target = x0 + (0.9 - v0) / (v1 - v0) * (x1 - x0)
    pic.move((x0 + x1) // 2, sy)
    xdotool(env, "mousedown", "1")
    for i in range(1, 5):
        pic.move(int((x0 + x1) / 2 + (target - (x0 + x1) / 2) * i / 4), sy)
        time.sleep(0.05)
    xdotool(env, "mouseup", "1")
    xdotool(env, "key", "2")
    after = knob_value(out, 2)
    fails = []
    if before is None or abs(before - 32768) > 700:
        fails.append("pot1 read %r before the drag, expected its board value 0.5" % before)
    if after is None or abs(after - 0.9 * 65535) > 1500:
        fails.append("pot1 read %r after the drag to 90 %%, expected about %d (stdout %r)"
                     % (after, 0.9 * 65535, out.lines))
    if fails:
        return fails
    # 3b. A tap whose press makes the program stall 0.5 s in a C call (its IRQ
    # handler reads a FIFO) before its loop reads the pin again: the window
    # counts the hold in its polls, not in wall time the program could not use.
    xdotool(env, "key", "2")
    if not out.wait_for(lambda l: l == "irq stall", 5):
        return ["the key 2 did not press btn2 for the stall step (stdout %r)" % out.lines]
    time.sleep(0.5)
    if not release_fifo(fifo):
        return ["the program did not read its FIFO (stdout %r)" % out.lines]
    if not out.wait_for(lambda l: l == "stalled key pressed", 5):
        return ["a tap followed by a 0.5 s stall of the program was missed (stdout %r)"
                % out.lines]
    # 4. A click while the program sleeps 4 s: the window answers, and the
    # button's IRQ runs during the sleep.
    if not out.wait_for(lambda l: l == "sleeping", 5):
        return ["the program did not go to sleep: %r" % out.lines]
    time.sleep(0.3)
    pic.move(*parts["btn1"])
    clicked = time.time()
    xdotool(env, "mousedown", "1")
    xdotool(env, "mouseup", "1")
    irq = out.wait_for(lambda l: l.startswith("irq at "), 3)
    took = time.time() - clicked
    if not irq:
        return ["a click during time.sleep was not seen (stdout %r)" % out.lines]
    if "slept" in out.lines or took > 2:
        return ["the click's IRQ ran only after the sleep (%.1f s; stdout %r)" % (took, out.lines)]
    if not out.wait_for(lambda l: l == "slept", 8):
        return ["the program did not wake from its sleep: %r" % out.lines]
    # 5. Closing the window while the program spins.
    time.sleep(0.3)   # the program is in its tight loop now
    close_window(x11, display, int(wid))
    try:
        status = prog.wait(10)
    except subprocess.TimeoutExpired:
        return ["closing the window did not end the program"]
    time.sleep(0.2)
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
