#!/usr/bin/python3
# tools/startup_order.py: lists the code and constant sections `micropython -c pass` touches, as a linker script.
# SPDX-License-Identifier: MIT
"""Writes unix/startup.ld, which places what start-up touches together.

Usage: tools/startup_order.py [--bin build/micropython] [--map MAP] [--check | --fresh] [OUT]

Why: the kernel maps a file-backed page together with its neighbours (fault-around,
64 KiB), so a start-up that runs 130 small functions spread over 600 KiB of
text makes nearly all of the text resident.  Built with -ffunction-sections and
-fdata-sections, every function, named constant and function's string
literals is its own input section; the linker script this tool writes puts
those that start-up touches in output sections of their own, after .text
and after .rodata, so that the pages start-up faults in are mostly pages
it uses.

How: valgrind's lackey tool traces every instruction fetch and data access of
`BIN -c pass`; the link map (BIN.map, written by the link) says which input
section holds each address.  Sections of .text.* and .rodata.* are listed;
a file-wide one (.rodata.cst16, say) then brings every file's along.

Sections OUT listed before stay listed while the link still has them (see
main); --fresh starts from nothing.  --check exits 1, naming them, when
start-up touches sections that OUT does not list (after a change to the
start-up path: run `make startup-order`).  A stale entry does no harm: the
linker ignores patterns that match nothing.
"""

import argparse
import bisect
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = (".text.", ".rodata.")
# An input-section line of a GNU ld map: name, then address and size, on one
# line or (for a long name) on the next.
SECTION_LINE = re.compile(r"^ (\.\S+)(?:\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+\S.*)?$")
ADDR_LINE = re.compile(r"^\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+\S")


def map_sections(path):
    """Sorted (start, end, name) of the map's input sections that start-up may list."""
    out, pending = [], None
    with open(path) as f:
        for line in f:
            m = SECTION_LINE.match(line)
            if m:
                pending = m.group(1)
                if m.group(2) is None:
                    continue
                start, size = int(m.group(2), 16), int(m.group(3), 16)
            elif pending and ADDR_LINE.match(line):
                m = ADDR_LINE.match(line)
                start, size = int(m.group(1), 16), int(m.group(2), 16)
            else:
                pending = None
                continue
            if size and start and pending.startswith(KINDS):
                out.append((start, start + size, pending))
            pending = None
    out.sort()
    return out


def traced_addresses(binary):
    """Every address `BINARY -c pass` fetches or accesses, in first-touch order."""
    with tempfile.NamedTemporaryFile(suffix=".lackey") as log:
        subprocess.run(["valgrind", "--tool=lackey", "--trace-mem=yes", "--log-file=" + log.name,
                        binary, "-c", "pass"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        seen = {}
        for line in open(log.name):
            parts = line.split()
            if len(parts) == 2 and parts[0] in ("I", "L", "S", "M"):
                addr = int(parts[1].split(",")[0], 16)
                seen.setdefault(addr, None)
        return list(seen)


def touched_sections(binary, map_path):
    """Names of the listed-kind input sections start-up touches, in first-touch order.

    Merged string sections overlap in the map (it gives each its size before
    duplicates were removed), so an address counts for every section that
    covers it: a string shared by two sections then keeps both together."""
    sections = map_sections(map_path)
    starts = [s[0] for s in sections]
    longest = max(end - start for start, end, _ in sections)
    names = {}
    for addr in traced_addresses(binary):
        i = bisect.bisect_right(starts, addr) - 1
        while i >= 0 and sections[i][0] > addr - longest:
            if addr < sections[i][1]:
                names.setdefault(sections[i][2], None)
            i -= 1
    return list(names)


def linker_script(names):
    """The linker script that places [names] first, each kind before its output section."""
    lines = ["/* unix/startup.ld: what `micropython -c pass` touches, placed together so",
             "   that start-up faults in few pages. Written by tools/startup_order.py",
             "   (make startup-order); the linker ignores names that no longer exist. */"]
    # Each kind goes after its output section, from a 64 KiB boundary (the
    # kernel's fault-around window, which then holds little else): code next
    # to .fini, which exit runs anyway; constants out of the text's
    # executable segment, which they would share placed before .rodata.
    for kind, out in ((".text.", ".text"), (".rodata.", ".rodata")):
        lines += ["SECTIONS", "{", "  %s_startup ALIGN(0x10000) : {" % out]
        lines += ["    *(%s)" % n for n in names if n.startswith(kind)]
        lines += ["  }", "}", "INSERT AFTER %s;" % out]
    return "\n".join(lines) + "\n"


def listed_in_order(path):
    """The section names an existing linker script lists."""
    return re.findall(r"\*\((\S+)\)", open(path).read())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("--map", help="the link map (default: BIN.map)")
    ap.add_argument("--check", action="store_true", help="only check that OUT lists all")
    ap.add_argument("--fresh", action="store_true", help="drop what OUT listed before")
    ap.add_argument("out", nargs="?", default=os.path.join(REPO, "unix", "startup.ld"))
    args = ap.parse_args()
    names = touched_sections(args.bin, args.map or args.bin + ".map")
    if not names:
        sys.exit("startup_order: no sections found: is %s linked with -ffunction-sections and a map?"
                 % args.bin)
    if args.check:
        missing = [n for n in names if n not in set(listed_in_order(args.out))]
        if missing:
            print("%s does not list %d section(s) start-up touches: %s\nrun `make startup-order`"
                  % (args.out, len(missing), " ".join(missing[:20])))
            sys.exit(1)
        print("%s lists all %d sections start-up touches" % (args.out, len(names)))
        return
    if not args.fresh and os.path.exists(args.out):
        # Keep what OUT listed and the map still has: two identical strings
        # merge, and the map then credits only one of their sections, so a
        # list made afresh each time would drop and re-add the other.
        known = {s[2] for s in map_sections(args.map or args.bin + ".map")}
        kept = [n for n in listed_in_order(args.out) if n in known and n not in names]
        names += kept
    with open(args.out, "w") as f:
        f.write(linker_script(names))
    print("wrote %s: %d sections" % (args.out, len(names)))


if __name__ == "__main__":
    main()
