# examples/showcase.py under a probe: every 1.5 s of board time, whether the OLED shows
# the program's own frame buffer, its title and the time, the knob bar's length, and the
# strip's first pixels. Driven by showcase_probe.scn; compared with the .exp.
import sim
import probe


def look(t):
    hh, mm, ss = rtc.datetime()[4:7]
    bar = sum(sim.pixel("oled", x, 44) for x in range(42, 126))
    print(t, sim.pixels("oled") == bytes(oled.buffer), probe.shows("micropython", 20, 0),
          # the screen is redrawn once a second: it shows this second or the last
          any(probe.shows("%02d:%02d:%02d" % (hh, mm, s), 32, 12) for s in (ss, ss - 1)),
          "bar", bar,
          sim.pixels("strip")[:2])


probe.every(1500, look)
probe.run("showcase.py", globals())
