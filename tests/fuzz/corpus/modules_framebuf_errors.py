# framebuf argument errors: bad formats, sizes, buffers, types (.exp: CPython has no framebuf)
import framebuf


def check(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


FB = framebuf.FrameBuffer
check(lambda: FB(bytearray(8), 8, 8, 99))
check(lambda: FB(bytearray(8), 8, 8, -1))
check(lambda: FB(bytearray(7), 8, 8, framebuf.MONO_VLSB))
check(lambda: FB(bytearray(100), 0, 8, framebuf.GS8))
check(lambda: FB(bytearray(100), 8, -2, framebuf.GS8))
check(lambda: FB(bytearray(100), 8, 2, framebuf.GS8, 4))
check(lambda: FB(bytearray(100), 8, 2, framebuf.GS8, stride=20))
check(lambda: FB(bytearray(39), 8, 2, framebuf.GS8, stride=32))
check(lambda: FB(b"\x00" * 8, 8, 8, framebuf.MONO_VLSB))
check(lambda: FB(12, 8, 8, framebuf.MONO_VLSB))
check(lambda: FB(bytearray(8), 8.0, 8, framebuf.MONO_VLSB))
check(lambda: FB(bytearray(8), 8, 8))
check(lambda: FB(bytearray(8), 8, 8, framebuf.MONO_VLSB, strides=8))
fb = FB(bytearray(8), 8, 8, framebuf.MONO_VLSB)
check(lambda: fb.pixel(0))
check(lambda: fb.pixel(0, 0, 1, 2))
check(lambda: fb.pixel(0.5, 0))
check(lambda: fb.fill("x"))
check(lambda: fb.text(5, 0, 0))
check(lambda: fb.poly(0, 0, [0, 0, 1], 1))
check(lambda: fb.poly(0, 0, [0, 0, 1.5, 2], 1))
check(lambda: fb.poly(0, 0, 7, 1))
check(lambda: fb.poly(0, 0, [], 1))
check(lambda: fb.blit(bytearray(8), 0, 0))
check(lambda: fb.blit((bytearray(8), 8), 0, 0))
check(lambda: fb.blit((bytearray(1), 8, 8, framebuf.MONO_VLSB), 0, 0))
check(lambda: fb.blit(fb, 0, 0, 0, (bytearray(1), 1, 1, 42)))
check(lambda: fb.blit(fb, 0))
check(lambda: fb.blit(fb, 0, 0, bogus=1))
check(lambda: fb.ellipse(4, 4, 2, 2, 1, True, "x"))
# a buffer that shrinks under a FrameBuffer is caught at the next call
ba = bytearray(8)
fb = FB(ba, 8, 8, framebuf.MONO_VLSB)
ba[4:] = b""
check(lambda: fb.fill(1))
print(ba)
# huge coordinates clip instead of overflowing
fb = FB(bytearray(8), 8, 8, framebuf.MONO_VLSB)
fb.fill_rect(-2**40, -2**61, 2**62, 2**62, 1)
print(bytes(fb) == b"\xff" * 8)
fb.pixel(2**40, 0, 0)
check(lambda: fb.pixel(2**70, 0, 0))
fb.hline(-2**31, 3, 2**32, 0)
print(bytes(fb).hex())
