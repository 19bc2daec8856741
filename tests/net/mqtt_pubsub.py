# MQTT with umqtt.simple against mosquitto (tests/net/run_net.py starts it): a
# publish/subscribe round trip at QoS 0 and 1, retained messages, wildcards,
# unsubscribe, user and password, and the keepalive ping.
import os
from umqtt.simple import MQTTClient, MQTTException

PORT = int(os.getenv("MQTT_PORT"))
AUTH_PORT = int(os.getenv("MQTT_AUTH_PORT"))
got = []


def cb(topic, msg):
    got.append((topic, msg))


sub = MQTTClient("t-sub", "127.0.0.1", PORT, keepalive=30)
sub.set_callback(cb)
print("session present:", sub.connect(timeout=5))
sub.subscribe("t/pubsub/#", qos=1)

pub = MQTTClient(b"t-pub", "127.0.0.1", PORT)
pub.connect(timeout=5)
pub.publish("t/pubsub/a", "hello qos0")
pub.publish(b"t/pubsub/b", b"\x00\xffbinary", qos=1)
pub.publish("t/pubsub/c", "kept", retain=True, qos=1)
while len(got) < 3:
    sub.wait_msg()
print(sorted(got))

# A retained message reaches a later subscriber at once, flagged as retained.
got.clear()
late = MQTTClient("t-late", "127.0.0.1", PORT)
late.set_callback(cb)
late.connect(timeout=5)
late.subscribe("t/pubsub/c")
late.wait_msg()
print(got, "retain flag:", late.last_retain)
late.disconnect()

# After unsubscribe nothing more arrives; check_msg does not block.
got.clear()
sub.unsubscribe("t/pubsub/#")
pub.publish("t/pubsub/a", "not seen", qos=1)
print("check_msg:", sub.check_msg(), got)

# The keepalive ping: PINGREQ out, PINGRESP back (wait_msg returns None).
sub.ping()
print("pingresp:", sub.wait_msg())
sub.disconnect()
pub.publish("t/pubsub/c", "", retain=True)    # clears the retained message
pub.disconnect()
print("disconnected:", sub.sock, pub.sock)

# User and password: right ones are let in, wrong ones refused with a clear error.
ok = MQTTClient("t-auth", "127.0.0.1", AUTH_PORT, user="node", password="s3cret")
print("auth session present:", ok.connect(timeout=5))
ok.disconnect()
for user, pw in (("node", "wrong"), (None, None)):
    c = MQTTClient("t-auth2", "127.0.0.1", AUTH_PORT, user=user, password=pw)
    try:
        c.connect(timeout=5)
    except MQTTException as e:
        print("refused:", e.errno, e, isinstance(e, OSError))
