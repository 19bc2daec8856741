# board: esp32_devkit
# network.WLAN on the ESP32 board file: its own network section (MAC, IP address).
import network
import time

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect("Workshop", "solder123")
while not sta.isconnected():
    time.sleep_ms(100)
print(sta.ifconfig(), sta.status("rssi"), sta.config("channel"), network.hostname())
print(":".join("%02x" % b for b in sta.config("mac")))
