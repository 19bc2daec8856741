#!/usr/bin/env python3
# tests/repl/test_complete.py: the REPL's line editor on a pseudo-terminal: Tab completion
# (reference §4), history across sessions (§8), input() through the editor. Layer: tests.
# SPDX-License-Identifier: MIT
"""Tab completion, history and input() editing, byte for byte over a PTY.

Uses the PTY session of test_repl.py (same directory): the binary leads a new
session on the PTY, onlcr stays on, so the editor's own "\\r\\n" arrives as
"\\r\\r\\n". Every check waits for the bytes it expects (a few seconds at most)
and fails showing what came instead. Prints "repl-edit: N passed, N failed".
"""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_repl import Failure, Session, parse_options, run_tests, started  # noqa: E402

BINARY = None


def columns(names):
    """The listing §4 describes: 16-column slots, 4 to a row, at least 2 spaces between
    names (a long name takes the next slot too); each row ends in the editor's \\r\\n."""
    rows, row = [], ""
    for n in names:
        if row:
            gap = 16 - len(row) % 16
            if gap < 2:
                gap += 16
            if len(row) + gap + len(n) > 64:
                rows.append(row)
                row = n
                continue
            row += " " * gap
        row += n
    rows.append(row)
    return b"".join(r.encode() + b"\r\r\n" for r in rows)


def attrs(expr, setup=""):
    """The non-underscore names of dir(expr), sorted, as the binary itself gives them."""
    src = "%s\nprint(' '.join(sorted(n for n in dir(%s) if not n.startswith('_'))))" % (
        setup, expr)
    out = subprocess.run([BINARY, "-c", src], capture_output=True, timeout=10, check=True)
    return out.stdout.decode().split()


def run(s, line, echo=None):
    """Types [line] + Enter at >>> and waits for its echo and the next prompt."""
    s.send(line.encode() + b"\r")
    s.exact((echo or line).encode() + b"\r\r\n")
    s.until(b">>> ")


# ---- completion ----------------------------------------------------------------------------

def t_one_match_completes(s):
    started(s)
    run(s, "import sys")
    s.send(b"sys.ar\t")
    s.exact(b"sys.argv")
    s.send(b"\r")
    s.until(b">>> ")


def t_several_matches_in_columns(s):
    started(s)
    run(s, "import sys")
    s.send(b"sys.\t")
    want = b"sys.\r\r\n" + columns(attrs("sys", "import sys")) + b">>> sys."
    s.exact(want, what="sys.<Tab>")
    s.send(b"\x03")   # drop the line
    s.exact(b"\r\r\n>>> ")


def t_common_prefix_then_list(s):
    started(s)
    run(s, "o = type('O', (), {})(); o.bcd = 1; o.bce = 2")
    s.send(b"o.b\t")
    s.exact(b"o.bc")
    s.send(b"\t")
    s.exact(b"\r\r\nbcd             bce\r\r\n>>> o.bc")
    s.send(b"d\r")
    s.exact(b"d\r\r\n1\r\n>>> ")


def t_sys_implementation_fields(s):
    # its fields are attributes dir() lists (name, version; _mpy and co. once `_` is typed)
    started(s)
    run(s, "import sys")
    s.send(b"sys.implementation.\t")
    s.exact(b"sys.implementation.\r\r\nname            version\r\r\n>>> sys.implementation.")
    s.send(b"_m\t")
    s.exact(b"_m\r\r\n_machine        _mpy\r\r\n>>> sys.implementation._m")
    s.send(b"py\r")
    s.exact(b"py\r\r\n2822\r\n>>> ")


def t_underscore_names_hidden_unless_typed(s):
    started(s)
    s.send(b"class O:\r")
    s.exact(b"class O:\r\r\n...     ")
    for line in (b"alpha = 1\r", b"beta = 2\r", b"_hidden = 3\r", b"\r", b"\r", b"\r"):
        s.send(line)
    s.until(b">>> ")
    s.send(b"O.\t")
    s.exact(b"O.\r\r\nalpha           beta\r\r\n>>> O.")
    s.send(b"_h\t")
    s.exact(b"_hidden")


def t_dotted_chain_through_getattr(s):
    started(s)
    run(s, "o = type('O', (), {})(); o.inner = type('I', (), {'leaf_value': 7})()")
    s.send(b"o.inner.le\t")
    s.exact(b"o.inner.leaf_value")
    s.send(b"\r")
    s.exact(b"\r\r\n7\r\n>>> ")


def t_raising_attribute_completes_nothing(s):
    started(s)
    s.send(b"class B:\r")
    s.send(b"@property\r")
    s.send(b"def p(self): raise ValueError\r")
    s.send(b"\r\r\r")
    s.until(b">>> ")
    run(s, "b = B()")
    s.send(b"b.p.x\t\r")
    s.expect(rb"b\.p\.x\r\r\nTraceback \(most recent call last\):\r\n.*ValueError.*>>> $")


def t_builtins_and_keywords_stay(s):
    started(s)
    s.send(b"pri\tab\t")   # Tab adds nothing: builtins are not completed
    s.exact(b"priab")
    s.send(b"\x03")
    s.exact(b"\r\r\n>>> ")


def t_import_word_and_module_names(s):
    started(s)
    s.send(b"i\t")
    s.exact(b"import ")
    s.send(b"sy\t")
    s.exact(b"sys")
    s.send(b"\r")
    s.exact(b"\r\r\n>>> ")
    s.send(b"import asyn\t")
    s.exact(b"import asyncio")
    s.send(b"\r")
    s.exact(b"\r\r\n>>> ")


def t_tab_after_whitespace_indents(s):
    started(s)
    s.send(b"x = \t")
    s.exact(b"x =     ")
    s.send(b"5\r")
    s.exact(b"5\r\r\n>>> ")
    run(s, "x", "x")
    s.send(b"\t1\r")   # on an empty line too
    s.exact(b"    1\r\r\n")


# ---- history (§8) --------------------------------------------------------------------------

def t_history_across_sessions(s):
    started(s)
    run(s, "print(40 + 2)")
    s.send(b"\x04")
    s.status()
    again = Session(BINARY, s.home)
    try:
        started(again)
        again.send(b"\x1b[A")
        again.exact(b"print(40 + 2)")
        again.send(b"\r")
        again.exact(b"\r\r\n42\r\n>>> ")
    finally:
        again.close()


def t_history_skips_repeats(s):
    started(s)
    for line in ("1", "1", "2", ""):
        s.send(line.encode() + b"\r")
        s.until(b">>> ")
    s.send(b"\x04")
    s.status()
    hist = open(os.path.join(s.home, ".micropython.history")).read()
    if hist != "1\n2\n":
        raise Failure("history file %r, expected '1\\n2\\n'" % hist)


# ---- input() ---------------------------------------------------------------------------------

# The prompt is written once the terminal is in raw mode for input(): keys typed before it
# would meet the terminal in cooked mode (code running), as on any unix REPL.
def t_input_line_editing(s):
    started(s)
    s.send(b"s = input('? ')\r")
    s.exact(b"s = input('? ')\r\r\n? ")
    s.send(b"ab\x1b[Dx\x01>\r")
    s.exact(b"ab\bxb\b\b\b>axb\b\b\b\r\r\n>>> ")
    s.send(b"s\r")
    s.exact(b"s\r\r\n'>axb'\r\n>>> ")


def t_input_completion(s):
    started(s)
    run(s, "zed_value = 1")
    s.send(b"s = input('? ')\r")
    s.exact(b"s = input('? ')\r\r\n? ")
    s.send(b"zed_\t\r")
    s.exact(b"zed_value\r\r\n>>> ")
    s.send(b"s\r")
    s.exact(b"s\r\r\n'zed_value'\r\n>>> ")


def t_input_ctrl_c_and_ctrl_d(s):
    started(s)
    s.send(b"input('? ')\r")
    s.exact(b"input('? ')\r\r\n? ")
    s.send(b"abc\x03")
    s.expect(rb"abc\r\r\nTraceback \(most recent call last\):\r\n.*KeyboardInterrupt.*\r\n>>> $")
    s.send(b"input('? ')\r")
    s.exact(b"input('? ')\r\r\n? ")
    s.send(b"\x04")
    s.expect(rb"\r\r\nTraceback \(most recent call last\):\r\n.*EOFError.*\r\n>>> $")


TESTS = [v for k, v in sorted(globals().items()) if k.startswith("t_")]


def main():
    global BINARY
    opts = parse_options(__doc__)
    BINARY = opts.bin
    return run_tests(TESTS, "repl-edit", opts)


if __name__ == "__main__":
    sys.exit(main())
