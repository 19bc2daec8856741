# examples/ws2812_rainbow.py under a probe that prints the strip's latched colours
# every 200 ms of board time (ws2812_rainbow_probe.scn stops it; compared with the .exp).
import sim
import probe


def look(t):
    px = sim.pixels("strip")
    # The whole wheel is on the strip: every pixel differs from its neighbour.
    print(t, px[0], px[4], len(set(px)))


probe.every(200, look)
probe.run("ws2812_rainbow.py", globals())
