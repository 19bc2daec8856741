# MQTT last will (umqtt.simple, mosquitto from run_net.py): the broker publishes a
# client's will when its connection drops without DISCONNECT, when its keepalive
# runs out, and not after a clean disconnect().
import os
import time
from umqtt.simple import MQTTClient

PORT = int(os.getenv("MQTT_PORT"))
got = []

watch = MQTTClient("t-will-watch", "127.0.0.1", PORT)
watch.set_callback(lambda t, m: got.append((t, m)))
watch.connect(timeout=5)
watch.subscribe("t/will/#")

# 1. The connection drops (socket closed without DISCONNECT).
node = MQTTClient("t-will-node", "127.0.0.1", PORT)
node.set_last_will("t/will/node", "node lost", qos=1)
node.connect(timeout=5)
node.close()
watch.wait_msg()
print("dropped:", got)

# 2. A clean disconnect: no will. A ping round trip shows nothing came before it.
got.clear()
node.connect(timeout=5)
node.disconnect()
watch.ping()
while watch.wait_msg() is not None or False:
    pass
print("clean disconnect:", got)

# 3. The keepalive runs out: a client with keepalive=1 that sends nothing is
# dropped by the broker (mosquitto checks every few seconds), which publishes its
# will; meanwhile a client that calls check_msg() often, which pings by itself once
# half the keepalive passed without a packet sent, is kept.
quiet = MQTTClient("t-will-quiet", "127.0.0.1", PORT, keepalive=1)
quiet.set_last_will("t/will/quiet", b"keepalive expired")
quiet.connect(timeout=5)
busy = MQTTClient("t-will-busy", "127.0.0.1", PORT, keepalive=1)
busy.set_last_will("t/will/busy", b"should not happen")
busy.connect(timeout=5)
t0 = time.time()
end = None
while time.time() - t0 < 15 and (end is None or time.time() < end):
    busy.check_msg()
    watch.check_msg()
    if got and end is None:
        end = time.time() + 1.5       # a little longer: the busy one must still be there
    time.sleep_ms(50)
print("keepalive:", got, 1.0 <= time.time() - t0 < 15)
busy.disconnect()
watch.disconnect()
