# umqtt.robust (mosquitto from run_net.py): when the connection breaks, publish and
# wait_msg reconnect (clean_session=False) and carry on; the subscription survives.
# reconnect() gives up after MAX_RECONNECTS attempts when the broker stays away.
import os
from umqtt.robust import MQTTClient

PORT = int(os.getenv("MQTT_PORT"))
REFUSED = int(os.getenv("REFUSED_PORT"))
got = []

c = MQTTClient("t-robust", "127.0.0.1", PORT)
c.DEBUG = True
c.set_callback(lambda t, m: got.append(m))
c.connect(clean_session=True, timeout=5)
c.disconnect()
c.connect(clean_session=False, timeout=5)
c.subscribe("t/robust", qos=1)
c.sock.close()                         # the network breaks under the client
c.publish("t/robust", "after the break", qos=1)
while not got:                         # its own message, maybe already in
    c.wait_msg()
print(got)
c.disconnect()

# A broker that is down: the attempts are logged, then the error is raised.
down = MQTTClient("t-robust2", "127.0.0.1", REFUSED)
down.DELAY = 0
down.MAX_RECONNECTS = 3
down.DEBUG = True
try:
    down.reconnect()
except OSError as e:
    print("gave up:", e)
