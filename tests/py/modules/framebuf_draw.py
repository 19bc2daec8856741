# framebuf drawing: lines, rects, ellipses, polygons, text, checked by invariants and as pictures (.exp: CPython has no framebuf)
import framebuf

W, H = 24, 16


def new(w=W, h=H, fmt=framebuf.MONO_HLSB):
    buf = bytearray((w + 7) // 8 * h if fmt == framebuf.MONO_HLSB else w * h)
    return framebuf.FrameBuffer(buf, w, h, fmt), buf


def show(fb, w=W, h=H):
    for y in range(h):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(w)))


def on(fb, w=W, h=H):
    return {(x, y) for y in range(h) for x in range(w) if fb.pixel(x, y)}


# hline / vline / fill_rect / rect: exact pixel sets
fb, buf = new()
fb.hline(2, 1, 5, 1)
print("hline", sorted(on(fb)) == [(x, 1) for x in range(2, 7)])
fb.fill(0)
fb.vline(3, 2, 4, 1)
print("vline", sorted(on(fb)) == [(3, y) for y in range(2, 6)])
fb.fill(0)
fb.fill_rect(1, 2, 4, 3, 1)
print("fill_rect", on(fb) == {(x, y) for x in range(1, 5) for y in range(2, 5)})
fb.fill(0)
fb.rect(1, 2, 5, 4, 1)
border = {(x, y) for x in range(1, 6) for y in range(2, 6) if x in (1, 5) or y in (2, 5)}
print("rect", on(fb) == border)
fb.fill(0)
fb.rect(1, 2, 5, 4, 1, True)
print("rect fill", len(on(fb)) == 20)
# clipping at every edge, zero and negative sizes draw nothing
fb.fill(0)
fb.fill_rect(-3, -3, 5, 5, 1)
fb.fill_rect(W - 2, H - 2, 10, 10, 1)
print("clip", len(on(fb)) == 8, fb.pixel(1, 1), fb.pixel(W - 1, H - 1))
fb.fill(0)
fb.fill_rect(3, 3, 0, 5, 1)
fb.fill_rect(3, 3, 5, -1, 1)
fb.hline(0, 0, -4, 1)
fb.rect(100, 100, 3, 3, 1)
print("empty", len(on(fb)))

# lines: both ends drawn, one pixel per step of the major axis, 8-connected
fb.fill(0)
for (x1, y1, x2, y2) in ((0, 0, 23, 15), (23, 0, 0, 15), (5, 14, 9, 1), (2, 7, 20, 7), (4, 4, 4, 4)):
    fb.fill(0)
    fb.line(x1, y1, x2, y2, 1)
    px = on(fb)
    ok = (x1, y1) in px and (x2, y2) in px
    ok = ok and len(px) == max(abs(x2 - x1), abs(y2 - y1)) + 1
    # the same line drawn backwards covers the same number of pixels
    fb.fill(0)
    fb.line(x2, y2, x1, y1, 1)
    print("line", (x1, y1, x2, y2), ok, len(on(fb)) == len(px))
fb.fill(0)
fb.line(-10, -5, 30, 15, 1)
print("line clipped", len(on(fb)))
fb.fill(0)
fb.line(0, 0, 23, 15, 1)
fb.line(23, 0, 0, 15, 1)
show(fb)

# ellipses: symmetric, inside the bounding box, quadrant masks partition them
fb, buf = new(24, 16)
fb.ellipse(11, 7, 10, 6, 1)
px = on(fb)
sym = all((22 - x, y) in px and (x, 14 - y) in px for (x, y) in px)
box = all(1 <= x <= 21 and 1 <= y <= 13 for (x, y) in px)
print("ellipse", sym, box, (21, 7) in px, (1, 7) in px, (11, 1) in px, (11, 13) in px)
show(fb)
parts = []
for m in (1, 2, 4, 8):
    fb.fill(0)
    fb.ellipse(11, 7, 10, 6, 1, False, m)
    parts.append(on(fb))
union = set().union(*parts)
print("quadrants", union == px, all((x >= 11) == (m in (1, 8)) or x == 11
                                    for m, q in zip((1, 2, 4, 8), parts) for (x, y) in q))
fb.fill(0)
fb.ellipse(11, 7, 10, 6, 1, True)
filled = on(fb)
print("filled", px <= filled, len(filled))
fb.fill(0)
fb.ellipse(11, 7, 10, 6, 1, True, 2)
show(fb)
fb.fill(0)
fb.ellipse(5, 5, 0, 0, 1)
fb.ellipse(15, 5, 4, 0, 1, True)
print("degenerate", sorted(on(fb)))

# polygons: the filled one contains its outline, and is convex-complete for a rectangle
import sys
coords = bytearray([2, 1, 20, 3, 14, 14, 4, 10])
fb.fill(0)
fb.poly(0, 0, coords, 1)
outline = on(fb)
fb.fill(0)
fb.poly(0, 0, coords, 1, True)
fill = on(fb)
print("poly", outline <= fill, len(outline), len(fill))
show(fb)
fb.fill(0)
fb.poly(3, 2, [0, 0, 9, 0, 9, 5, 0, 5], 1, True)
print("poly rect", on(fb) == {(x, y) for x in range(3, 13) for y in range(2, 8)})
fb.fill(0)
fb.poly(1, 1, (0, 0, 8, 0, 8, 8, 4, 3, 0, 8), 1, True)   # concave: the notch stays empty
print("concave", fb.pixel(5, 8), fb.pixel(2, 3), fb.pixel(9, 5))
show(fb)

# text: 8 pixels per character, clipped, any colour
fb, buf = new(40, 8)
fb.text("AbC", 0, 0, 1)
w = max(x for (x, y) in on(fb, 40, 8))
print("text width", w < 24, len(on(fb, 40, 8)) > 30)
fb.fill(0)
fb.text("Hello", 0, 0)
show(fb, 40, 8)
a = set()
for i, ch in enumerate("Hello"):
    fb.fill(0)
    fb.text(ch, 8 * i, 0)
    a |= on(fb, 40, 8)
fb.fill(0)
fb.text("Hello", 0, 0)
print("per char", a == on(fb, 40, 8))
fb.fill(0)
fb.text("pq", -3, 2)
show(fb, 40, 8)
fb.fill(0)
fb.text("\x01\u00e9~", 0, 0)   # outside ASCII: one box each
show(fb, 40, 8)
fb2, buf2 = new(16, 8, framebuf.GS8)
fb2.text("1", 0, 0, 7)
print("gs8 text", sorted({fb2.pixel(x, y) for x in range(16) for y in range(8)}))
