# tests/sim/examples/probe.py: helpers for the *_probe.py programs, which run an example
# of examples/ unchanged (exec in their own globals, so they see its variables) while a
# virtual Timer prints what its display or strip shows at fixed board times.
# (Board output: compared with .exp files, there is no CPython counterpart.)
import framebuf
import sim
from machine import Timer

EXAMPLES = "../../../examples/"


def every(ms, look):
    # look(t_ms) runs every ms of board time, as a soft handler between the example's steps.
    Timer(-1, period=ms, callback=lambda t: look(sim.now_us() // 1000), hard=False)


def run(name, env):
    with open(EXAMPLES + name) as f:
        code = f.read()
    exec(code, env)


def shows(text, x, y, scale=1, part="oled"):
    # Whether the OLED's visible pixels in text's box are those of framebuf's font
    # drawing text at (x, y), each pixel scale x scale.
    w = 8 * len(text)
    fb = framebuf.FrameBuffer(bytearray(w), w, 8, framebuf.MONO_VLSB)
    fb.text(text, 0, 0, 1)
    for py in range(8 * scale):
        for px in range(w * scale):
            if sim.pixel(part, x + px, y + py) != fb.pixel(px // scale, py // scale):
                return False
    return True


def lit(part="oled"):
    # The number of lit pixels on the panel.
    return sum(bin(b).count("1") for b in sim.pixels(part))
