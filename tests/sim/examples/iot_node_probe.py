# needs: mqtt
# examples/iot_node.py under a probe: half a minute after each reading, whether the
# OLED shows the title, the program's last reading (its variable temp), the count
# and the MQTT state, and how many pixels are lit. Driven by iot_node_probe.scn, with
# the broker of tests/net/run_net.py; compared with the .exp.
from machine import Timer
import probe
import sim


def look(ms):
    print(ms, probe.shows("IoT node", 32, 0), probe.shows("%.1f C" % temp, 36, 24),
          probe.shows("readings %d" % count, 0, 44), probe.shows(state, 0, 56), probe.lit())


def start(timer):
    look(sim.now_us() // 1000)
    probe.every(60000, look)


Timer(-1, mode=Timer.ONE_SHOT, period=30000, callback=start, hard=False)
probe.run("iot_node.py", globals())
