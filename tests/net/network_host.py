# network without a board (the PC build): the interfaces stand for the host's
# network, always connected, and say so; sockets reach the test's HTTP server.
import network
import requests
import os

print(network.info())
w = network.WLAN(network.STA_IF)
print(w, w.active(), w.isconnected(), w.status() == network.STAT_GOT_IP, w.config("ssid"))
cfg = w.ifconfig()
print(len(cfg), all(isinstance(x, str) and x.count(".") == 3 for x in cfg))
print(w.connect("anything", "at all"), w.isconnected(), w.scan())
try:
    w.ifconfig(("1.2.3.4", "255.0.0.0", "1.1.1.1", "1.1.1.1"))
except OSError as e:
    print("OSError:", e)
print(requests.get("http://127.0.0.1:%s/text" % os.getenv("HTTP_PORT")).status_code)
