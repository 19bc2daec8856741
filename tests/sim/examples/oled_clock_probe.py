# examples/oled_clock.py under a probe: every 2.5 s of board time, whether the OLED shows
# the program's frame buffer, the date line, the time in double-size digits (this
# second's or, just before a redraw, the last one's) and how far the minute's bar has
# filled. Driven by oled_clock_probe.scn; compared with the .exp.
import sim
import probe


def look(t):
    year, month, day, wd, hh, mm, ss, _ = rtc.datetime()
    now = hh * 3600 + mm * 60 + ss
    drawn = [s for s in (now, now - 1)
             if probe.shows("%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60), 0, 24, 2)]
    bar = sum(sim.pixel("oled", x, 55) for x in range(6, 122))
    print(t, sim.pixels("oled") == bytes(oled.buffer), probe.shows("Fri 2021-01-01", 8, 4),
          "time", [now - s for s in drawn], "bar", bar)


probe.every(2500, look)
probe.run("oled_clock.py", globals())
