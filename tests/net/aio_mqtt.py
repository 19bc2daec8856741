# umqtt.aio, the asyncio MQTT client (mosquitto from run_net.py): two clients in one
# event loop, a round trip at QoS 0 and 1, a callback coroutine, ping, the last will,
# the keepalive ping done by the reader task, and bad conditions (refused, no answer,
# garbage, connection lost), all bounded in time.
import asyncio
import os


def ports(text):
    # The servers' ports change from run to run: named in the output instead.
    for var in ("REFUSED_PORT", "BAD_SILENT_PORT", "HTTP_PORT"):
        text = text.replace(os.getenv(var), var)
    return text

import time
from umqtt.aio import MQTTClient
from umqtt.simple import MQTTException

PORT = int(os.getenv("MQTT_PORT"))


async def main():
    sub = MQTTClient("t-aio-sub", "127.0.0.1", PORT, keepalive=1)
    print("session present:", await sub.connect(timeout=5))
    await sub.subscribe("t/aio/#", qos=1)
    pub = MQTTClient("t-aio-pub", "127.0.0.1", PORT)
    pub.set_last_will("t/aio/will", "pub lost")
    await pub.connect(timeout=5)
    await asyncio.gather(pub.publish("t/aio/a", "zero"), pub.publish("t/aio/b", b"one", qos=1))
    got = sorted([await sub.wait_msg(timeout=5), await sub.wait_msg(timeout=5)])
    print(got)
    await pub.ping()
    print("ping ok")
    # sub's keepalive is 1 s: its reader task pings, so the broker keeps it (mosquitto
    # would drop a silent one within a few seconds).
    t0 = time.time()
    await asyncio.sleep(3)
    await pub.publish("t/aio/c", "still there?", qos=1)
    print(await sub.wait_msg(timeout=5), sub.isconnected())
    await pub.close()                  # dropped without DISCONNECT: the will
    print(await sub.wait_msg(timeout=5))
    try:
        await sub.wait_msg(timeout=0.2)
    except OSError as e:
        print("OSError:", e)

    seen = []

    async def on_msg(topic, msg):
        await asyncio.sleep(0)
        seen.append(msg)
    cbc = MQTTClient("t-aio-cb", "127.0.0.1", PORT)
    cbc.set_callback(on_msg)
    await cbc.connect(timeout=5)
    await cbc.subscribe("t/aio/cb")
    await cbc.publish("t/aio/cb", "to myself", qos=1)
    await cbc.ping()
    print("callback:", seen)
    await cbc.disconnect()
    await sub.disconnect()

    async def attempt(what, coro):
        try:
            await coro
            print(what, "-> no error")
        except (OSError, ValueError) as e:
            print(what, "->", type(e).__name__, ports(str(e)))
    bad = lambda var: MQTTClient("t-aio-bad", "127.0.0.1", int(os.getenv(var)))
    await attempt("broker down", bad("REFUSED_PORT").connect(timeout=2))
    await attempt("no answer", bad("BAD_SILENT_PORT").connect(timeout=0.5))
    await attempt("garbage", bad("BAD_GARBAGE_PORT").connect(timeout=2))
    lost = MQTTClient("t-aio-lost", "127.0.0.1", PORT)
    await lost.connect(timeout=5)
    lost._w.s.shutdown(0)              # as if the broker had closed the connection
    await attempt("connection lost", lost.wait_msg(timeout=5))
    await attempt("publish after loss", lost.publish("t/x", "m", qos=1))
    await lost.close()
    await attempt("not connected", lost.publish("t/x", "m"))

asyncio.run(main())
