# fuzz seed: framebuf drawing at and past the edges, every format
import framebuf
for fmt in (framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.RGB565, framebuf.GS2_HMSB, framebuf.GS4_HMSB, framebuf.GS8):
    buf = bytearray(200)
    fb = framebuf.FrameBuffer(buf, 13, 7, fmt)
    fb.fill(1); fb.pixel(-1, 3, 0); fb.pixel(12, 6, 3); fb.hline(-5, 2, 30, 2); fb.vline(4, -3, 20, 1)
    fb.rect(-2, -2, 20, 20, 1, True); fb.line(-10, 50, 30, -40, 1); fb.ellipse(6, 3, 9, 2, 1, True, 5)
    fb.text('Az!', 1, 0, 1); fb.scroll(-3, 2); fb.poly(2, 2, bytearray([0, 0, 9, 1, 4, 6]), 1, True)
    small = framebuf.FrameBuffer(bytearray(8), 4, 2, framebuf.GS8)
    fb.blit(small, 11, 5, 0); fb.blit((bytearray(16), 4, 4, framebuf.MONO_HLSB), -1, -1)
    print(fmt, fb.pixel(0, 0), fb.pixel(12, 6), sum(buf))
