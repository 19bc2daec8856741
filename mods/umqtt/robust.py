# mods/umqtt/robust.py: umqtt.robust's MQTTClient: umqtt.simple's, which reconnects
# (clean_session=False, so QoS 1 subscriptions and messages survive) and retries when
# the network fails. Layer: library modules (frozen Python).
# SPDX-License-Identifier: MIT

import time

from . import simple


class MQTTClient(simple.MQTTClient):
    DELAY = 2               # seconds between reconnection attempts
    DEBUG = False           # log reconnections with print()
    MAX_RECONNECTS = None   # attempts before reconnect() gives up and raises; None: forever

    def delay(self, i):
        time.sleep(self.DELAY)

    def log(self, in_reconnect, e):
        if self.DEBUG:
            if in_reconnect:
                print("mqtt reconnect: %r" % e)
            else:
                print("mqtt: %r" % e)

    def reconnect(self):
        """Connects again, retrying every DELAY s (up to MAX_RECONNECTS times)."""
        i = 0
        while True:
            try:
                return super().connect(False, self.timeout)
            except OSError as e:
                self.log(True, e)
                i += 1
                if self.MAX_RECONNECTS is not None and i >= self.MAX_RECONNECTS:
                    raise
                self.delay(i)

    def publish(self, topic, msg, retain=False, qos=0):
        while True:
            try:
                return super().publish(topic, msg, retain, qos)
            except OSError as e:
                if isinstance(e, simple.MQTTException) and e.errno != -1:
                    raise
                self.log(False, e)
            self.reconnect()

    def subscribe(self, topic, qos=0):
        while True:
            try:
                return super().subscribe(topic, qos)
            except OSError as e:
                if isinstance(e, simple.MQTTException) and e.errno != -1:
                    raise
                self.log(False, e)
            self.reconnect()

    def wait_msg(self):
        while True:
            try:
                return super().wait_msg()
            except OSError as e:
                if isinstance(e, simple.MQTTException) and e.errno != -1:
                    raise
                self.log(False, e)
            self.reconnect()

    def check_msg(self, attempts=2):
        """As simple's, reconnecting on failure; after [attempts] failed ones, the
        last error is raised."""
        while attempts:
            try:
                return super().check_msg()
            except OSError as e:
                if isinstance(e, simple.MQTTException) and e.errno != -1:
                    raise
                self.log(False, e)
                attempts -= 1
                if not attempts:
                    raise
            self.reconnect()
