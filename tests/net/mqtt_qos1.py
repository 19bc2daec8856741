# MQTT QoS 1 across reconnects (umqtt.simple, mosquitto from run_net.py): a message
# the subscriber received but did not acknowledge before its connection dropped is
# delivered again, flagged as a duplicate, when it reconnects with clean_session=False;
# messages published while it was away arrive after it reconnects.
import os
from umqtt.simple import MQTTClient

PORT = int(os.getenv("MQTT_PORT"))
got = []
fail_once = [True]


def cb(topic, msg):
    if fail_once[0]:
        fail_once[0] = False
        raise RuntimeError("callback failed: no PUBACK sent")
    got.append((topic, msg))


sub = MQTTClient("t-qos1-sub", "127.0.0.1", PORT)
sub.set_callback(cb)
sub.connect(clean_session=True, timeout=5)      # start from no stored session
sub.disconnect()
print("stored session:", sub.connect(clean_session=False, timeout=5))
sub.subscribe("t/qos1/x", qos=1)

pub = MQTTClient("t-qos1-pub", "127.0.0.1", PORT)
pub.connect(timeout=5)
pub.publish("t/qos1/x", "first", qos=1)
try:
    sub.wait_msg()
except RuntimeError as e:
    print(e)
sub.close()                          # dropped: the message was never acknowledged

pub.publish("t/qos1/x", "while away", qos=1)
print("stored session:", sub.connect(clean_session=False, timeout=5))
while len(got) < 2:
    sub.wait_msg()
    print(got[-1], "dup:", sub.last_dup)
sub.disconnect()

# A clean session forgets the subscription: nothing is stored for it.
sub.connect(clean_session=True, timeout=5)
sub.disconnect()
pub.publish("t/qos1/x", "nobody listens", qos=1)
print("stored session:", sub.connect(clean_session=False, timeout=5), "check_msg:", sub.check_msg())
sub.disconnect()
pub.disconnect()
