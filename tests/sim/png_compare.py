#!/usr/bin/python3
"""PNG reader and comparer for the board's golden pictures (issue 9).

Usage:
  tests/sim/png_compare.py EXPECTED.png ACTUAL.png [--tol N] [--max-bad F]
      compares two pictures; exit 0 when they match within the tolerance.
  tests/sim/png_compare.py --golden [--bin build/micropython] [--write] [NAMES...]
      runs tests/sim/golden/NAME.scn (cwd build/sim-results/golden) and compares the
      screenshot it writes, NAME.png, with tests/sim/golden/NAME.png.

The reader is our own (zlib is in Python's stdlib): 8-bit RGB or RGBA, every
filter type, no interlace; enough for what sim/png.c writes and for pictures
edited with common tools. Two pictures match when they have the same size and
at most MAX_BAD of their pixels differ by more than TOL in some channel: the
layout must be the same, small colour changes (a brightness rounded the other
way on another build) pass. A failed comparison leaves ACTUAL and NAME.diff.png
(differing pixels red over a dimmed copy of the expected picture) under
build/sim-results/golden/.

Golden scenario files start with comment directives: `# program: PROG.py` (in
tests/sim/golden), `# board: NAME` (default pico), `# at-exit` (take the picture
with -X screenshot=NAME.png when the program ends, instead of a `screenshot`
step). MICROPYPATH is .frozen and examples/lib. The last line is
`golden: N passed, N failed`.
"""

import argparse
import glob
import os
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GOLDEN = os.path.join(HERE, "golden")
RESULTS = os.path.join(REPO, "build", "sim-results", "golden")
TOL = 24
MAX_BAD = 0.002


class PngError(Exception):
    pass


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(path):
    """Returns (width, height, pixels): pixels a bytes of RGB triples, row after row."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PngError(f"{path}: not a PNG file")
    pos, idat, head = 8, [], None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        (crc,) = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])
        if zlib.crc32(kind + body) != crc:
            raise PngError(f"{path}: bad CRC in chunk {kind!r}")
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + n
    if not head:
        raise PngError(f"{path}: no IHDR")
    w, h, depth, ctype, _, _, interlace = head
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise PngError(f"{path}: only 8-bit RGB/RGBA without interlace is read")
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    out, prev = bytearray(), bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            pred = (0, a, b, (a + b) // 2, _paeth(a, b, c))[f] if f <= 4 else None
            if pred is None:
                raise PngError(f"{path}: bad filter {f}")
            row[i] = (row[i] + pred) & 0xFF
        prev = row
        if bpp == 3:
            out += row
        else:
            for i in range(0, stride, 4):
                out += row[i:i + 3]
    return w, h, bytes(out)


def write_png(path, w, h, rgb):
    """Writes RGB triples as a PNG (filter None, zlib's compression)."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = b"".join(b"\0" + rgb[y * w * 3:(y + 1) * w * 3] for y in range(h))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def compare(exp_path, act_path, diff_path=None, tol=TOL, max_bad=MAX_BAD):
    """Returns None when the pictures match, else what differs (and writes diff_path)."""
    ew, eh, e = read_png(exp_path)
    aw, ah, a = read_png(act_path)
    if (ew, eh) != (aw, ah):
        return f"size {aw}x{ah}, expected {ew}x{eh}"
    bad, diff = 0, bytearray(len(e))
    for i in range(0, len(e), 3):
        off = max(abs(e[i] - a[i]), abs(e[i + 1] - a[i + 1]), abs(e[i + 2] - a[i + 2]))
        if off > tol:
            bad += 1
            diff[i:i + 3] = b"\xff\x00\x00"
        else:
            diff[i:i + 3] = bytes(v // 3 for v in e[i:i + 3])
    if bad <= max_bad * ew * eh:
        return None
    if diff_path:
        write_png(diff_path, ew, eh, bytes(diff))
    return f"{bad} pixels differ by more than {tol} (at most {int(max_bad * ew * eh)} may)"


def directives(path):
    d = {"board": "pico", "program": None, "at_exit": False}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            text = line[1:].strip()
            if text.startswith("board:"):
                d["board"] = text.split(":", 1)[1].strip()
            elif text.startswith("program:"):
                d["program"] = text.split(":", 1)[1].strip()
            elif text == "at-exit":
                d["at_exit"] = True
    return d


def run_golden(binary, scn, write):
    name = os.path.splitext(os.path.basename(scn))[0]
    d = directives(scn)
    shot = os.path.join(RESULTS, name + ".png")
    if os.path.exists(shot):
        os.remove(shot)
    cmd = [binary, "-X", "board=" + d["board"], "-X", "scenario=" + scn]
    if d["at_exit"]:
        cmd += ["-X", "screenshot=" + name + ".png"]
    cmd.append(os.path.join(GOLDEN, d["program"] or "?"))
    env = dict(os.environ, MICROPYPATH=".frozen:" + os.path.join(REPO, "examples", "lib"))
    try:
        p = subprocess.run(cmd, cwd=RESULTS, env=env, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "timed out"
    if p.returncode != 0:
        return f"exit status {p.returncode}: {(p.stdout + p.stderr).decode(errors='replace')}"
    if not os.path.exists(shot):
        return "no screenshot written"
    exp = os.path.join(GOLDEN, name + ".png")
    if write:
        with open(shot, "rb") as src, open(exp, "wb") as dst:
            dst.write(src.read())
        return None
    if not os.path.exists(exp):
        return f"no {os.path.relpath(exp, REPO)} (make it with --write, then look at it)"
    return compare(exp, shot, os.path.join(RESULTS, name + ".diff.png"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--golden", action="store_true")
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--tol", type=int, default=TOL)
    ap.add_argument("--max-bad", type=float, default=MAX_BAD)
    args = ap.parse_args()
    if not args.golden:
        if len(args.files) != 2:
            ap.error("give EXPECTED.png ACTUAL.png, or --golden")
        why = compare(args.files[0], args.files[1], None, args.tol, args.max_bad)
        print(why or "match")
        return 1 if why else 0
    os.makedirs(RESULTS, exist_ok=True)
    binary = os.path.abspath(args.bin)
    scns = sorted(glob.glob(os.path.join(GOLDEN, "*.scn")))
    if args.files:
        scns = [s for s in scns if os.path.splitext(os.path.basename(s))[0] in args.files]
    failed = 0
    for scn in scns:
        name = os.path.splitext(os.path.basename(scn))[0]
        try:
            why = run_golden(binary, scn, args.write)
        except PngError as e:
            why = str(e)
        if why:
            failed += 1
            print(f"FAIL golden/{name}: {why}")
    print(f"golden: {len(scns) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
