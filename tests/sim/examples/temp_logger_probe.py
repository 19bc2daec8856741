# examples/temp_logger.py under a probe: 500 ms after each reading, whether the OLED
# shows the program's frame buffer and the lines of its last reading (the program's
# own variables t, p, h, low, high), and how many pixels are lit. Driven by
# temp_logger_probe.scn; compared with the .exp.
from machine import Timer
import sim
import probe


def look(ms):
    print(ms, bytes(oled.buffer) == sim.pixels("oled"), probe.shows("Weather", 36, 0),
          probe.shows("Temp %6.1f C" % t, 0, 16), probe.shows("Press %6.1f hPa" % p, 0, 28),
          probe.shows("Humid %5.1f %%" % h, 0, 40),
          probe.shows("lo %.1f  hi %.1f" % (low, high), 0, 54), probe.lit())


def start(timer):
    probe.every(2000, look)      # from 500 ms on: between readings


Timer(-1, mode=Timer.ONE_SHOT, period=500, callback=start, hard=False)
probe.run("temp_logger.py", globals())
