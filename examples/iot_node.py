# iot_node.py: a sensor node. Every minute it reads the board's temperature sensor
# (the RP2040's, on ADC channel 4), shows the reading on the OLED and publishes it
# over MQTT, joining the Wi-Fi first. docs/iot.md explains it step by step.
#
#   mosquitto -p 1883 &                          (Debian's broker, or any other)
#   build/micropython examples/iot_node.py      (Ctrl-C to stop)
#
# On the simulated board the Wi-Fi is the board file's (boards/pico.json, "network")
# and the packets go through the host, so the broker on the host gets the readings:
#   mosquitto_sub -t 'iot/#' -v
# On the PC the broker can be given as MQTT_BROKER=host:port in the environment
# (a board has no environment: edit BROKER below). Without a broker the node keeps
# measuring and showing, says it is offline, and tries again at the next reading.
import sys
sys.path.append(sys.path[0] + "/lib")   # the drivers in examples/lib (on a board: /lib)

from machine import ADC, I2C, Pin
import network
import time
import ssd1306
from umqtt.simple import MQTTClient

SSID = "HomeNet"
KEY = "correct horse"
BROKER = "127.0.0.1"
PORT = 1883
CLIENT_ID = "pico-node-1"
TOPIC = "iot/pico-node-1/temperature"
STATUS = "iot/pico-node-1/status"
INTERVAL_S = 60

try:
    import os
    BROKER, _, port = (os.getenv("MQTT_BROKER") or "%s:%d" % (BROKER, PORT)).partition(":")
    PORT = int(port or 1883)
except (ImportError, AttributeError):
    pass                                 # a board: no environment


def read_temperature(adc):
    # The RP2040's sensor: 0.706 V at 27 C, falling 1.721 mV per degree.
    volts = adc.read_u16() * 3.3 / 65535
    return 27 - (volts - 0.706) / 0.001721


def join_wifi(sta):
    sta.active(True)
    sta.connect(SSID, KEY)
    for _ in range(100):                 # 10 s at most
        if sta.isconnected():
            return True
        time.sleep_ms(100)
    return False


def connect_mqtt():
    c = MQTTClient(CLIENT_ID, BROKER, PORT, keepalive=120)
    c.set_last_will(STATUS, "offline", retain=True)
    c.connect(timeout=5)
    c.publish(STATUS, "online", retain=True)
    return c


def show(oled, temp, count, state):
    oled.fill(0)
    oled.text("IoT node", 32, 0)
    oled.hline(0, 10, 128, 1)
    oled.text("%.1f C" % temp, 36, 24)
    oled.text("readings %d" % count, 0, 44)
    oled.text(state, 0, 56)
    oled.show()


adc = ADC(4)
oled = ssd1306.SSD1306_I2C(128, 64, I2C(0, scl=Pin(5), sda=Pin(4), freq=400_000))
sta = network.WLAN(network.STA_IF)
print("wifi:", "connected" if join_wifi(sta) else "not connected", sta.ifconfig()[0])

client = None
count = 0
start = next_reading = time.ticks_ms()
while True:
    temp = read_temperature(adc)
    count += 1
    minute = time.ticks_diff(time.ticks_ms(), start) // 60000
    try:
        if client is None:
            client = connect_mqtt()
        client.publish(TOPIC, "%.1f" % temp, retain=True, qos=1)
        state = "MQTT sent"
    except OSError as e:
        if client is not None:
            client.close()
        client = None
        state = "MQTT offline"
        print("broker %s:%d: %s" % (BROKER, PORT, e))
    print("minute %d: %.1f C, %s" % (minute, temp, state))
    show(oled, temp, count, state)
    next_reading = time.ticks_add(next_reading, INTERVAL_S * 1000)
    time.sleep_ms(max(0, time.ticks_diff(next_reading, time.ticks_ms())))
