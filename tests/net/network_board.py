# board: pico
# A program on the simulated board joins the virtual Wi-Fi, then reaches the test's
# HTTP server and MQTT broker on the host through the host's network stack.
import network
import os
import time
import requests
from umqtt.simple import MQTTClient

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect("HomeNet", "correct horse")
t0 = time.ticks_us()   # in µs, given in whole ms: see tests/sim/network_wlan.py
while not sta.isconnected():
    time.sleep_ms(250)
print("connected after", time.ticks_diff(time.ticks_us(), t0) // 1000, "ms of board time:", sta.ifconfig()[0])
print(requests.get("http://127.0.0.1:%s/text" % os.getenv("HTTP_PORT")).text, end="")
got = []
c = MQTTClient("t-board", "127.0.0.1", int(os.getenv("MQTT_PORT")))
c.set_callback(lambda t, m: got.append((t, m)))
c.connect(timeout=5)
c.subscribe("t/board")
c.publish("t/board", "from the board", qos=1)
while not got:
    c.wait_msg()
print(got)
c.disconnect()
