# framebuf pixel formats: buffer bytes checked against a Python model of each packing (.exp: CPython has no framebuf)
import framebuf
import sys

BPP = {framebuf.MONO_VLSB: 1, framebuf.MONO_HLSB: 1, framebuf.MONO_HMSB: 1,
       framebuf.GS2_HMSB: 2, framebuf.GS4_HMSB: 4, framebuf.GS8: 8, framebuf.RGB565: 16}
NAMES = {framebuf.MONO_VLSB: "MONO_VLSB", framebuf.MONO_HLSB: "MONO_HLSB",
         framebuf.MONO_HMSB: "MONO_HMSB", framebuf.GS2_HMSB: "GS2_HMSB",
         framebuf.GS4_HMSB: "GS4_HMSB", framebuf.GS8: "GS8", framebuf.RGB565: "RGB565"}


def model_set(buf, fmt, stride, x, y, c):
    # The documented packing of each format, written independently of the C code.
    bpp = BPP[fmt]
    c &= (1 << bpp) - 1
    if fmt == framebuf.MONO_VLSB:
        i, bit = (y // 8) * stride + x, y % 8
        buf[i] = (buf[i] & ~(1 << bit)) | (c << bit)
    elif fmt == framebuf.RGB565:
        i = 2 * (y * stride + x)
        lo, hi = c & 0xff, c >> 8
        if sys.byteorder == "big":
            lo, hi = hi, lo
        buf[i], buf[i + 1] = lo, hi
    else:
        p = y * stride + x
        per = 8 // bpp
        i, k = p // per, p % per
        if fmt in (framebuf.MONO_HLSB, framebuf.GS4_HMSB):
            shift = (per - 1 - k) * bpp      # leftmost pixel in the high bits
        else:
            shift = k * bpp                  # leftmost pixel in the low bits
        mask = ((1 << bpp) - 1) << shift
        buf[i] = (buf[i] & ~mask) | (c << shift)


def hexs(b):
    return " ".join("%02x" % v for v in b)


W, H = 10, 9
for fmt in (framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.GS2_HMSB,
            framebuf.GS4_HMSB, framebuf.GS8, framebuf.RGB565):
    stride = W
    per = 8 // BPP[fmt] if BPP[fmt] < 8 and fmt != framebuf.MONO_VLSB else 1
    stride = (W + per - 1) // per * per
    size = ((H + 7) // 8) * W if fmt == framebuf.MONO_VLSB else (H * stride * BPP[fmt] + 7) // 8
    buf = bytearray(size)
    ref = bytearray(size)
    fb = framebuf.FrameBuffer(buf, W, H, fmt)
    top = (1 << BPP[fmt]) - 1
    seq = 0
    for y in range(H):
        for x in range(W):
            if (x * 3 + y * 5) % 7 < 3:
                seq += 1
                c = (seq * 4099 + 11) & top or 1
                fb.pixel(x, y, c)
                model_set(ref, fmt, stride, x, y, c)
    same = buf == ref
    # every pixel reads back as the model's value
    back = True
    for y in range(H):
        for x in range(W):
            m = bytearray(ref)
            want = fb.pixel(x, y)
            model_set(m, fmt, stride, x, y, want)
            back = back and m == ref
    print(NAMES[fmt], fmt, len(buf), same, back)
    print(" ", hexs(buf[:24]))
    fb.fill(top)
    print("  fill", all(fb.pixel(x, y) == top for y in range(H) for x in range(W)))
    fb.fill(0)
    print("  clear", all(fb.pixel(x, y) == 0 for y in range(H) for x in range(W)))

# the colour is truncated to the format's bits
buf = bytearray(4)
fb = framebuf.FrameBuffer(buf, 4, 2, framebuf.GS4_HMSB)
fb.pixel(0, 0, 0x1f)
fb.pixel(1, 0, 0x25)
print(fb.pixel(0, 0), fb.pixel(1, 0), hexs(buf))
buf = bytearray(2)
fb = framebuf.FrameBuffer(buf, 8, 2, framebuf.MONO_HLSB)
fb.pixel(0, 0, 2)
fb.pixel(7, 1, -1)
print(hexs(buf))

# out-of-range pixels read None and are not written
print(fb.pixel(8, 0), fb.pixel(-1, 0), fb.pixel(0, 2), fb.pixel(0, 0, 1))
fb.pixel(100, 100, 1)
print(hexs(buf))

# stride: MONO_HLSB rounds it up to whole bytes; GS8 rows leave the gap alone
buf = bytearray(b"\xee" * 12)
fb = framebuf.FrameBuffer(buf, 3, 2, framebuf.GS8, 6)
fb.fill(1)
print(hexs(buf))
buf = bytearray(4)
fb = framebuf.FrameBuffer(buf, 5, 2, framebuf.MONO_HLSB, 5)
fb.fill(1)
print(hexs(buf))

# any writable buffer: memoryview of a bytearray, a FrameBuffer exports its buffer
ba = bytearray(8)
fb = framebuf.FrameBuffer(memoryview(ba), 8, 8, framebuf.MONO_VLSB)
fb.hline(0, 3, 8, 1)
print(hexs(ba), bytes(fb) == bytes(ba))
print(framebuf.MVLSB == framebuf.MONO_VLSB, type(fb).__name__)
