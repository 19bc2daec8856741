# umqtt.simple in bad conditions (servers from run_net.py): a broker that is down
# (refused), one that never answers (timeout), one that answers garbage, a
# connection lost mid-session, and bad arguments. Each is a clear OSError or
# ValueError, and nothing hangs.
import os
from umqtt.simple import MQTTClient, MQTTException

PORT = int(os.getenv("MQTT_PORT"))


def attempt(what, f):
    try:
        f()
        print(what, "-> no error")
    except (OSError, ValueError, TypeError) as e:
        print(what, "->", type(e).__name__, e)


def connect(port_var, **kw):
    return lambda: MQTTClient("t-bad", "127.0.0.1", int(os.getenv(port_var))).connect(**kw)


attempt("broker down", connect("REFUSED_PORT", timeout=2))
attempt("no answer", connect("BAD_SILENT_PORT", timeout=0.5))
attempt("garbage", connect("BAD_GARBAGE_PORT", timeout=2))
try:    # the message depends on the host's resolver (offline or not): only the type
    MQTTClient("t", "no-such-host.invalid", 1883).connect(timeout=2)
except OSError as e:
    print("unknown host ->", type(e).__name__)
try:
    MQTTClient("t", "127.0.0.1", int(os.getenv("BAD_GARBAGE_PORT"))).connect()
except MQTTException as e:
    print("MQTTException is an OSError:", isinstance(e, OSError), e.errno)

c = MQTTClient("t-bad-args", "127.0.0.1", PORT)
attempt("publish before connect", lambda: c.publish("t/x", "m"))
c.connect(timeout=5)
attempt("qos 2", lambda: c.publish("t/x", "m", qos=2))
attempt("empty topic", lambda: c.publish("", "m"))
attempt("int message", lambda: c.publish("t/x", 42))
attempt("subscribe without callback", lambda: c.subscribe("t/x"))
attempt("bad keepalive", lambda: MQTTClient("t", "127.0.0.1", keepalive=-1))
attempt("ssl", lambda: MQTTClient("t", "127.0.0.1", ssl=True))
c.set_callback(print)
attempt("wildcard publish is refused by the broker", lambda: (c.publish("t/#", "m", qos=1), c.wait_msg()))
c.close()

# The broker goes away mid-session: the next read says the connection closed.
c.connect(timeout=5)
c.subscribe("t/bad/lost")
c.sock.shutdown(0)                     # as if the broker had closed it
attempt("connection lost", c.wait_msg)
c.close()
attempt("after close", c.ping)
