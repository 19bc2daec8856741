# framebuf scroll, blit (key, palette, tuple sources, clipping) and FrameBuffer subclasses as drivers write them (.exp: CPython has no framebuf)
import framebuf


def grid(fb, w, h):
    return ["".join("%x" % fb.pixel(x, y) for x in range(w)) for y in range(h)]


def show(fb, w, h):
    for row in grid(fb, w, h):
        print(row)


def gs8(w, h):
    return framebuf.FrameBuffer(bytearray(w * h), w, h, framebuf.GS8)


# scroll: content moves, the uncovered edge keeps its old pixels
fb = gs8(5, 4)
for y in range(4):
    for x in range(5):
        fb.pixel(x, y, y * 5 + x & 15)
before = grid(fb, 5, 4)
fb.scroll(2, 1)
after = grid(fb, 5, 4)
print("scroll", all(after[y][x] == before[y - 1][x - 2] for y in range(1, 4) for x in range(2, 5)),
      after[0] == before[0], [r[:2] for r in after] == [r[:2] for r in before])
show(fb, 5, 4)
fb2 = gs8(5, 4)
fb2.blit(fb, 0, 0)
fb2.scroll(-1, -2)
show(fb2, 5, 4)
saved = grid(fb2, 5, 4)
fb2.scroll(5, 0)   # a whole width or height or more: nothing moves
fb2.scroll(0, -4)
print(grid(fb2, 5, 4) == saved)

# blit: copies, clips on every side, skips the key colour
src = gs8(3, 3)
for i in range(9):
    src.pixel(i % 3, i // 3, i + 1)
for (x, y) in ((0, 0), (3, 2), (-1, -1), (4, 3), (-3, 0), (6, 0)):
    dst = gs8(6, 4)
    dst.blit(src, x, y)
    ok = all(dst.pixel(dx, dy) == ((src.pixel(dx - x, dy - y) or 0) if 0 <= dx - x < 3 and 0 <= dy - y < 3 else 0)
             for dx in range(6) for dy in range(4))
    print("blit", (x, y), ok)
dst = gs8(6, 4)
dst.fill(0xc)
dst.blit(src, 1, 0, 5)
show(dst, 6, 4)
dst.fill(0xc)
dst.blit(src, 1, 0, key=-1)
print(dst.pixel(2, 1))

# palette: a 1-pixel-high FrameBuffer that maps source colours
mono = framebuf.FrameBuffer(bytearray(2), 4, 2, framebuf.MONO_HMSB)
mono.pixel(0, 0, 1)
mono.pixel(3, 1, 1)
pal = framebuf.FrameBuffer(bytearray(4), 2, 1, framebuf.RGB565)
pal.pixel(0, 0, 0x1234)
pal.pixel(1, 0, 0xf800)
out = framebuf.FrameBuffer(bytearray(16), 4, 2, framebuf.RGB565)
out.blit(mono, 0, 0, -1, pal)
print(["%04x" % out.pixel(x, y) for y in range(2) for x in range(4)])
out.fill(7)
out.blit(mono, 0, 0, 0x1234, pal)   # the key applies to the mapped colour
print(["%04x" % out.pixel(x, y) for y in range(2) for x in range(4)])

# a source given as (buffer, width, height, format[, stride]); read-only buffers are fine
dst = gs8(4, 2)
dst.blit((b"\x01\x02\x03\x04", 2, 2, framebuf.GS8), 1, 0)
show(dst, 4, 2)
dst.blit((bytes([0xff, 0x80]), 8, 2, framebuf.MONO_HLSB, 8), 0, 0, 0)
show(dst, 4, 2)

# blitting between formats converts nothing: colours are copied as numbers
g4 = framebuf.FrameBuffer(bytearray(2), 2, 2, framebuf.GS4_HMSB)
g4.fill(9)
m = framebuf.FrameBuffer(bytearray(8), 8, 2, framebuf.MONO_VLSB)
m.blit(g4, 0, 0)
print(m.pixel(0, 0), m.pixel(1, 1), m.pixel(2, 0))


# a display driver: subclass, call FrameBuffer.__init__ through super()
class Display(framebuf.FrameBuffer):
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.buffer = bytearray(width * height // 8)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)

    def show(self):
        return bytes(self.buffer)


d = Display(16, 8)
d.fill(0)
d.text("ok", 0, 0, 1)
d.hline(0, 7, 16, 1)
print(d.width, d.height, isinstance(d, framebuf.FrameBuffer))
print(d.show().hex())
src = gs8(2, 1)
src.fill(1)
d.blit(src, 0, 0, 0)
print(d.pixel(0, 0), d.pixel(1, 0))


class Lazy(framebuf.FrameBuffer):
    def __init__(self):
        pass


try:
    Lazy().fill(0)
except TypeError as e:
    print("TypeError", e)

f1 = framebuf.FrameBuffer1(bytearray(8), 8, 8)
f1.pixel(0, 0, 1)
print(type(f1).__name__, f1.pixel(0, 0))
