#!/usr/bin/python3
"""Tests of the `micropython` command line, exit statuses and REPL (docs/usage.md).

Usage: tests/cli/test_cli.py [--bin build/micropython] [-v]

Each case runs the binary with arguments, optional stdin and environment, and
checks the exit status, stdout and stderr (exact text or a regex).  REPL
cases run the binary on a pseudo-terminal.  The last line printed is
`cli: N passed, N failed`; the exit status is 1 if any case failed.
"""

import argparse
import os
import pty
import re
import select
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# -X window refused: no display, or a build without the window; never a window nobody sees.
NO_WINDOW_RE = (r".*micropython: -X window: (cannot open the board window: no display .*"
                r"|this build has no window \(built without SDL2\))\n")
BANNER_RE = r"MicroPython v\d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; linux \[.*\] version"


class Case:
    def __init__(self, name, args, status=0, out=None, err=None, stdin=b"",
                 env=None, cwd=None, out_re=None, err_re=None, merged=None):
        self.name, self.args, self.status = name, args, status
        self.out, self.err, self.stdin = out, err, stdin
        self.env, self.cwd = env or {}, cwd
        self.out_re, self.err_re, self.merged = out_re, err_re, merged


def cases(tmp):
    script = os.path.join(tmp, "prog.py")
    with open(script, "w") as f:
        f.write("import sys\nprint(sys.argv[1:], sys.path[0] == %r)\n" % tmp)
    pkg = os.path.join(tmp, "lib", "pkg")
    os.makedirs(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("NAME = 'pkg'\n")
    with open(os.path.join(pkg, "__main__.py"), "w") as f:
        f.write("import sys\nprint('main of', __name__, sys.argv)\n")
    with open(os.path.join(tmp, "lib", "mod.py"), "w") as f:
        f.write("from pkg import NAME\nprint('mod', __name__, NAME)\n")
    libenv = {"MICROPYPATH": os.path.join(tmp, "lib")}
    files = {
        "lib/pkg/runme.py": "from . import helper\nfrom .helper import H\nimport sys\n"
                            "print('run', __name__, __package__, H, helper.__name__)\n",
        "lib/pkg/helper.py": "H = 'h'\n",
        "lib/pkg/sub/__init__.py": "print('sub init', __name__)\n",
        "lib/pkg/sub/__main__.py": "print('sub main', __name__, __package__)\n",
        "lib/nomain/__init__.py": "print('nomain init')\n",
        "lib/failing.py": "x = 1\nraise ValueError('boom')\n",
        "lib/exiter.py": "import sys\nsys.exit(5)\n",
        "lib/guarded.py": "def main():\n    print('guarded main')\n"
                          "if __name__ == '__main__':\n    main()\nelse:\n    print('imported', __name__)\n",
        "lib/selfimport.py": "import selfimport\nprint('as', __name__)\n",
        "lib/dup.py": "X = 'lib'\n",
        "lib2/dup.py": "X = 'lib2'\n",
        "scripts/main.py": "import sibling\nprint(sibling.S)\n",
        "scripts/sibling.py": "S = 'sibling found beside the script'\n",
    }
    for rel, text in files.items():
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    lib, lib2 = os.path.join(tmp, "lib"), os.path.join(tmp, "lib2")
    return [
        Case("version", ["--version"], out_re=BANNER_RE + "\n"),
        Case("help", ["-h"], out_re=r"usage: .*-c <command>.*\(default 2097152\)\n"),
        Case("bad option", ["--bogus"], 1,
             err="Invalid command line arguments. Use -h option for help.\n"),
        Case("missing -c operand", ["-c"], 1,
             err="Invalid command line arguments. Use -h option for help.\n"),
        Case("-c", ["-c", "print(2**100)"], out="1267650600228229401496703205376\n"),
        Case("-c argv", ["-c", "import sys; print(sys.argv)", "a", "b"],
             out="['-c', 'a', 'b']\n"),
        Case("-c path", ["-c", "import sys; print(sys.path)"],
             env={"HOME": "/h"}, out="['', '.frozen', '/h/.micropython/lib', "
                                     "'/usr/lib/micropython']\n"),
        Case("MICROPYPATH", ["-c", "import sys; print(sys.path)"],
             env={"MICROPYPATH": "/a:~/b", "HOME": "/h"}, out="['', '/a', '/h/b']\n"),
        Case("script argv and path", [script, "x", "-c"], out="['x', '-c'] True\n"),
        Case("missing script", ["/nonexistent/x.py"], 2,
             err_re=r".*: can't open file '/nonexistent/x.py': \[Errno 2\] "
                    r"No such file or directory\n"),
        Case("stdin program", [], stdin=b"print(1 + 1)\n", out="2\n"),
        Case("exit 0", ["-c", "import sys; sys.exit()"], out=""),
        Case("exit None", ["-c", "raise SystemExit(None)"], out=""),
        Case("bare SystemExit", ["-c", "raise SystemExit"], out="", err=""),
        Case("exit 300", ["-c", "import sys; sys.exit(300)"], 44),
        Case("exit message", ["-c", "import sys; sys.exit('bye')"], 1, out="", err="bye\n"),
        Case("exit builtin", ["-c", "exit(3)"], 3),
        Case("uncaught", ["-c", "1/0"], 1, out="",
             err_re=r'Traceback \(most recent call last\):\n  File "<stdin>", line 1, '
                    r'in <module>\nZeroDivisionError: .*\n'),
        Case("recursion traceback", ["-c", "def f():\n f()\nf()"], 1, out="",
             err='Traceback (most recent call last):\n'
                 '  File "<stdin>", line 3, in <module>\n'
                 + '  File "<stdin>", line 2, in f\n' * 3
                 + '  [Previous line repeated 996 more times]\n'
                 'RecursionError: maximum recursion depth exceeded\n'),
        Case("repeat count singular", ["-c", "def f(n):\n if n: f(n - 1)\n else: 1/0\nf(4)"],
             1, out="", err_re=r'(?s).*  File "<stdin>", line 2, in f\n'
                               r'  \[Previous line repeated 1 more time\]\n'
                               r'  File "<stdin>", line 3, in f\nZeroDivisionError.*'),
        Case("no stale context", ["-c", "try:\n 1/0\nexcept ZeroDivisionError:\n pass\n"
                                        "def g():\n try:\n  [][1]\n except IndexError:\n"
                                        "  return 1\ng()\nraise KeyError(1)"], 1, out="",
             err='Traceback (most recent call last):\n'
                 '  File "<stdin>", line 11, in <module>\nKeyError: 1\n'),
        Case("keyboard interrupt", ["-c", "raise KeyboardInterrupt"], 1,
             err_re=r"(?s)Traceback.*KeyboardInterrupt.*"),
        Case("compile only", ["-X", "compile-only", "-c", "1/0"], out=""),
        Case("emit bytecode", ["-X", "emit=bytecode", "-c", "print('ok')"], out="ok\n"),
        Case("heapsize", ["-X", "heapsize=64wK", "-c", "print('ok')"], out="ok\n"),
        # The executable carries its start-up image (vm/image.h) and uses it.
        Case("start-up image", ["-c", "import micropython; micropython.mem_info(1)"],
             out_re=r"(?s).*\nsealed: \d+ \(start-up image: built in\)\n"),
        Case("heapsize too small", ["-X", "heapsize=100", "-c", "pass"], 1,
             err="Invalid command line arguments. Use -h option for help.\n"),
        Case("heapsize suffix order", ["-X", "heapsize=64Kw", "-c", "pass"], 1,
             err="Invalid command line arguments. Use -h option for help.\n"),
        Case("-O strips assert", ["-O", "-c", "assert False; print(__debug__)"],
             out="False\n"),
        Case("stream order", ["-c", "import sys\nprint(1)\nsys.stderr.write('e\\n')\nprint(2)"],
             merged="1\ne\n2\n"),
        Case("u-prefixed module", ["-c", "import usys, sys; print(usys is sys, usys.__name__)"],
             out="True sys\n"),
        Case("implementation", ["-c", "import sys; i = sys.implementation; "
                                      "print(i.name, i._mpy, sys.platform, sys.version_info)"],
             out="micropython 2822 linux (3, 11, 0)\n"),
        Case("-m package", ["-m", "pkg", "arg"], env=libenv,
             out="main of __main__ ['pkg', 'arg']\n"),
        Case("-m module", ["-m", "mod"], env=libenv, out="mod __main__ pkg\n"),
        Case("-m missing", ["-m", "nosuchmod"], 1,
             err_re=r"(?s).*No module named 'nosuchmod'\n"),
        Case("-m relative imports", ["-m", "pkg.runme"], env=libenv,
             out="run __main__ pkg h pkg.helper\n"),
        Case("-m nested package", ["-m", "pkg.sub"], env=libenv,
             out="sub init pkg.sub\nsub main __main__ pkg.sub\n"),
        Case("-m package without __main__", ["-m", "nomain"], 1, env=libenv, out="nomain init\n",
             err_re=r"(?s).*No module named 'nomain.__main__'\n"),
        Case("-m not a package", ["-m", "dup.x"], 1, env=libenv,
             err_re=r"(?s).*No module named 'dup.x'; 'dup' is not a package\n"),
        Case("-m missing submodule", ["-m", "pkg.nope"], 1, env=libenv,
             err_re=r"(?s).*No module named 'pkg.nope'\n"),
        Case("-m traceback", ["-m", "failing"], 1, env=libenv, out="",
             err_re=r'(?s)Traceback \(most recent call last\):\n  File ".*lib/failing.py", '
                    r"line 2, in <module>\n    raise ValueError\('boom'\)\nValueError: boom\n"),
        Case("-m SystemExit", ["-m", "exiter"], 5, env=libenv, out=""),
        Case("-m __name__ guard", ["-m", "guarded"], env=libenv, out="guarded main\n"),
        Case("import guard", ["-c", "import guarded"], env=libenv, out="imported guarded\n"),
        Case("-m module imported again", ["-m", "selfimport"], env=libenv,
             out="as selfimport\nas __main__\n"),
        Case("MICROPYPATH first wins", ["-c", "import dup; print(dup.X)"],
             env={"MICROPYPATH": lib + ":" + lib2}, out="lib\n"),
        Case("MICROPYPATH order", ["-c", "import dup; print(dup.X)"],
             env={"MICROPYPATH": lib2 + ":" + lib}, out="lib2\n"),
        Case("MICROPYPATH replaces default", ["-c", "import sys; print(sys.path[1:])"],
             env={"MICROPYPATH": lib}, out="[%r]\n" % lib),
        Case("-c imports from cwd", ["-c", "import dup; print(dup.X)"], cwd=lib2, out="lib2\n"),
        Case("script directory on path", [os.path.join(tmp, "scripts", "main.py")],
             out="sibling found beside the script\n"),
        Case("script __name__", ["-c", "print(__name__)"], out="__main__\n"),
        Case("import missing", ["-c", "import nosuchmod"], 1,
             err_re=r"(?s).*ModuleNotFoundError: No module named 'nosuchmod'\n"),
        Case("input at EOF", ["-c", "input()"], 1, err_re=r"(?s).*EOFError.*"),
        Case("input", ["-c", "print(input('? ') * 2)"], stdin=b"ab\n", out="? abab\n"),
        # The board's view (docs/window.md): no window without a display (the
        # program does not run), and a screenshot that cannot be written.
        Case("window without a display", ["-X", "window", "-c", "print('ran')"], 1,
             env={"DISPLAY": None, "WAYLAND_DISPLAY": None, "SDL_VIDEODRIVER": None,
                  "XDG_RUNTIME_DIR": tmp}, out="", err_re=NO_WINDOW_RE),
        Case("window on SDL's dummy driver", ["-X", "window", "-c", "print('ran')"], 1,
             env={"SDL_VIDEODRIVER": "dummy"}, out="",
             err_re=NO_WINDOW_RE.replace("no display", 'no display \\(SDL has only its "dummy"')),
        Case("screenshot unwritable", ["-X", "screenshot=/nonexistent/x.png", "-c", "print('ran')"],
             1, out="ran\n",
             err_re=r".*micropython: cannot write screenshot /nonexistent/x\.png: "
                    r"No such file or directory\n"),
        Case("screenshot unwritable keeps the status",
             ["-X", "screenshot=/nonexistent/x.png", "-c", "import sys; sys.exit(3)"], 3,
             err_re=r".*: cannot write screenshot /nonexistent/x\.png: .*\n"),
    ]


def run_case(binary, c):
    env = dict(os.environ)
    env.pop("MICROPYPATH", None)
    env.pop("MICROPYINSPECT", None)
    env.update(c.env)
    for k in [k for k, v in c.env.items() if v is None]:   # None: unset it
        del env[k]
    merged = c.merged is not None
    p = subprocess.run([binary] + c.args, input=c.stdin, capture_output=not merged,
                       stdout=subprocess.PIPE if merged else None,
                       stderr=subprocess.STDOUT if merged else None,
                       env=env, cwd=c.cwd or REPO, timeout=30)
    out = p.stdout.decode("utf-8", "replace")
    err = "" if merged else p.stderr.decode("utf-8", "replace")
    problems = []
    if p.returncode != c.status:
        problems.append("exit status %d, expected %d" % (p.returncode, c.status))
    for what, got, exact, regex in (("stdout", out, c.out, c.out_re),
                                    ("stderr", err, c.err, c.err_re),
                                    ("output", out, c.merged, None)):
        if what == "output" and not merged:
            continue
        if exact is not None and got != exact:
            problems.append("%s %r, expected %r" % (what, got, exact))
        if regex is not None and not re.fullmatch(regex, got, re.S):
            problems.append("%s %r does not match %r" % (what, got, regex))
    return problems


# ---- the REPL on a pseudo-terminal ------------------------------------------------------

class Pty:
    def __init__(self, binary, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(binary, [binary], env)
        self.buf = b""
        self.sent = b""

    def expect(self, pattern, timeout=5):
        deadline = time.time() + timeout
        while not re.search(pattern, self.buf, re.S):
            left = deadline - time.time()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise AssertionError("timed out waiting for %r after sending %r; got %r"
                                     % (pattern, self.sent, self.buf))
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                data = b""
            if not data:
                raise AssertionError("EOF waiting for %r; got %r" % (pattern, self.buf))
            self.buf += data
        m = re.search(pattern, self.buf, re.S)
        self.buf = self.buf[m.end():]
        return m

    def send(self, data):
        self.sent = data
        os.write(self.fd, data)

    def wait(self):
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def repl_session(binary, tmp):
    env = dict(os.environ, HOME=tmp, TERM="dumb")
    env.pop("MICROPYINSPECT", None)
    s = Pty(binary, env)
    s.expect(BANNER_RE.encode() + rb"\r*\n.*>>> ", timeout=30)  # slow builds start slowly
    s.send(b"1 + 1\r")
    s.expect(rb"\r\n2\r\n>>> ")
    s.send(b"x = 5\r")
    s.expect(rb">>> ")
    s.send(b"_ * x\r")
    s.expect(rb"\r\n10\r\n>>> ")
    s.send(b"for i in range(2):\r")
    s.expect(rb"\.\.\. ")
    s.send(b"print(i * 3)\r")   # the REPL indents the body itself (docs/repl.md)
    s.expect(rb"\.\.\. ")
    s.send(b"\r\r\r")              # Enter three times ends the block
    s.expect(rb"0\r\n3\r\n>>> ")
    s.send(b"undefined_name\r")
    s.expect(rb"NameError: name 'undefined_name' is not defined\r\n>>> ")
    s.send(b"while True: pass\r")
    s.expect(rb"\.\.\. ")
    s.send(b"\r")
    time.sleep(0.3)
    s.send(b"\x03")
    s.expect(rb"KeyboardInterrupt.*>>> ")
    s.send(b"abc\x03")
    s.expect(rb">>> ")
    s.send(b"print('after')\r")
    s.expect(rb"after\r\n>>> ")
    s.send(b"\x04")
    status = s.wait()
    if status != 0:
        raise AssertionError("exit status %d after Ctrl-D" % status)
    hist = open(os.path.join(tmp, ".micropython.history")).read()
    if "print('after')" not in hist:
        raise AssertionError("history not saved: %r" % hist)


def repl_exit(binary, tmp):
    env = dict(os.environ, HOME=tmp, TERM="dumb")
    s = Pty(binary, env)
    s.expect(rb">>> ", timeout=30)
    s.send(b"import sys; sys.exit(7)\r")
    status = s.wait()
    if status != 7:
        raise AssertionError("exit status %d, expected 7" % status)


def sigint_in_sleep(binary, tmp):
    start = time.time()
    p = subprocess.Popen([binary, "-c", "import time; time.sleep(30)"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.5)
    p.send_signal(2)
    out, err = p.communicate(timeout=10)
    if p.returncode != 1 or b"KeyboardInterrupt" not in err:
        raise AssertionError("status %d, stderr %r" % (p.returncode, err))
    if time.time() - start > 5:
        raise AssertionError("Ctrl-C did not end time.sleep")


# Operations that run for seconds (or forever) inside one C call: each must end
# with KeyboardInterrupt having used at most INTERRUPT_BOUND seconds of CPU after
# the Ctrl-C, without printing its "finished" marker, and the REPL must stay
# usable afterwards. CPU time, not wall time: on a loaded machine (CI has 2 cores)
# the process may wait seconds for a core, and that says nothing about how soon
# it checks for the interrupt. For the same reason Ctrl-C is sent once the
# operation has used WARMUP_CPU seconds of CPU after its "started" marker (it is
# then inside the C call), not after a wall-clock pause: each bounded operation
# takes several times WARMUP_CPU alone.
INTERRUPT_BOUND = 3
WARMUP_CPU = 0.2
LONG_C_LOOPS = [
    ("sum over an endless C iterator", "sum(iter(int, 1))"),
    ("max over an endless C iterator", "max(iter(int, 1))"),
    ("any over an endless C iterator", "any(iter(int, 1))"),
    ("list.sort with __lt__", "L.sort()"),
    ("bigint multiplication", "b = a * a; b = b * b"),
    ("bigint to str", "d = str(a)"),   # not s: the huge str the later steps search
    ("bigint floor division", "q = (a * a) // (a + 1)"),
    ("set from an endless C iterator", "set(iter(int, 1))"),
    ("dict.fromkeys of an endless C iterator", "dict.fromkeys(iter(int, 1))"),
    ("dict of zipped endless C iterators", "dict(zip(iter(int, 1), iter(int, 1)))"),
    ("set.update from an endless C iterator", "set().update(iter(int, 1))"),
    ("str.count on a huge str", "s.count('abc')"),
    ("in on a huge str", "'abb' in s"),
    ("bytes.find on huge bytes", "sb.find(b'abb')"),
    ("bytes.count on huge bytes", "sb.count(b'abc')"),
    ("json.dumps of a long list", "x = json.dumps(J)"),
    ("json.loads of a long array", "x = json.loads(JS)"),
    ("list repeat to 3 GB", "x = [0] * (4 * 10 ** 8)"),
]
INTERRUPT_SETUP = (
    "class K:\r"
    "    def __init__(s, v): s.v = v\r"
    "    def __lt__(s, o): return s.v < o.v\r"
    "\r"
    "L = [K((i * 7919) % 1000003) for i in range(1000000)]; a = 7 ** (2 ** 20)\r"
    "s = 'ab' * (3 * 10 ** 8); sb = s.encode()\r"
    "import json; J = [0] * (10 ** 7); JS = '[' + '0,' * (4 * 10 ** 7) + '0]'; print('ready')\r"
)


def cpu_seconds(pid):
    """The CPU time (user + system) process [pid] has used so far."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_cpu(pid, amount, timeout=60):
    """Waits until [pid] has used [amount] more seconds of CPU (polling, bounded)."""
    start, deadline = cpu_seconds(pid), time.time() + timeout
    while cpu_seconds(pid) - start < amount:
        if time.time() > deadline:
            raise AssertionError("the process used under %.1f s of CPU in %d s"
                                 % (amount, timeout))
        time.sleep(0.02)


def sigint_in_c_loops(binary, tmp):
    env = dict(os.environ, HOME=tmp, TERM="dumb")
    env.pop("MICROPYINSPECT", None)
    s = Pty(binary, env)
    s.expect(rb">>> ", timeout=30)
    s.send(b"\x05" + INTERRUPT_SETUP.encode() + b"\x04")   # paste mode: no auto-indent
    s.expect(rb"\r\nready\r\n>>> ", timeout=120)
    for name, line in LONG_C_LOOPS:
        s.send(b"print('st' + 'arted'); " + line.encode() + b"; print('fin' + 'ished')\r")
        m = s.expect(rb"\r\n(started|finished)\r\n", timeout=60)
        if m.group(1) != b"started":
            raise AssertionError("%s: no 'started' marker" % name)
        wait_cpu(s.pid, WARMUP_CPU)
        cpu = cpu_seconds(s.pid)
        s.send(b"\x03")
        m = s.expect(rb"(KeyboardInterrupt|finished).*?>>> ", timeout=60)
        took = cpu_seconds(s.pid) - cpu
        if m.group(1) != b"KeyboardInterrupt":
            raise AssertionError("%s: not interrupted (finished first)" % name)
        if took > INTERRUPT_BOUND:
            raise AssertionError("%s: KeyboardInterrupt came after %.1f s of CPU after Ctrl-C"
                                 % (name, took))
    # The interrupted sort put its items back (in some order), and Ctrl-C at the prompt still works.
    s.send(b"print(len(L), sorted(x.v for x in L) == sorted((i * 7919) % 1000003 for i in range(1000000)))\r")
    s.expect(rb"\r\n1000000 True\r\n>>> ", timeout=120)
    s.send(b"abc\x03")
    s.expect(rb">>> ")
    s.send(b"print('alive')\r")
    s.expect(rb"alive\r\n>>> ")
    s.send(b"\x04")
    if s.wait() != 0:
        raise AssertionError("bad exit status after Ctrl-D")


def sigint_kbd_intr_off(binary, tmp):
    # micropython.kbd_intr(-1) gives SIGINT back to the system, which ends the
    # process; kbd_intr(3) makes it a KeyboardInterrupt again.
    script = ("import micropython, time\n"
              "micropython.kbd_intr(-1)\n"
              "micropython.kbd_intr(3)\n"
              "try:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')\n"
              "micropython.kbd_intr(-1)\n"
              "print('off', flush=True)\n"
              "time.sleep(30)\n")
    p = subprocess.Popen([binary, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.5)
    p.send_signal(2)
    time.sleep(0.5)
    p.send_signal(2)
    out, err = p.communicate(timeout=10)
    if out != b"caught\noff\n" or p.returncode != -2:
        raise AssertionError("status %d, stdout %r, stderr %r" % (p.returncode, out, err))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args()
    binary = os.path.abspath(opts.bin)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for c in cases(tmp):
            try:
                results.append((c.name, run_case(binary, c)))
            except subprocess.TimeoutExpired:
                results.append((c.name, ["timed out"]))
        for name, fn in (("repl session", repl_session), ("repl sys.exit", repl_exit),
                         ("SIGINT in time.sleep", sigint_in_sleep),
                         ("SIGINT in long C loops", sigint_in_c_loops),
                         ("SIGINT after kbd_intr(-1)", sigint_kbd_intr_off)):
            try:
                fn(binary, tmp)
                results.append((name, []))
            except (AssertionError, OSError, subprocess.TimeoutExpired) as e:
                results.append((name, [str(e)]))
    for name, problems in results:
        if problems:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(problems)))
        else:
            passed += 1
            if opts.verbose:
                print("pass %s" % name)
    print("cli: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
