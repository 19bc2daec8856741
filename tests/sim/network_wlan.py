# network.WLAN on the simulated board: the board file's "network" section gives the
# virtual access points (scan), their keys (connect), the time a connection takes on
# the board clock (connect_ms) and the IP configuration reported; the AP interface.
import network
import time

print(network.info())
print(network.hostname(), network.country())
sta = network.WLAN(network.STA_IF)
print(sta, sta.active(), sta.isconnected(), sta.status() == network.STAT_IDLE, sta.ifconfig())
try:
    sta.connect("HomeNet", "correct horse")
except OSError as e:
    print("OSError:", e)
try:
    sta.scan()
except OSError as e:
    print("OSError:", e)
sta.active(True)
print(sta, network.WLAN() is sta, network.WLAN(network.STA_IF) is sta)
for ssid, bssid, channel, rssi, security, hidden in sta.scan():
    print(ssid, ":".join("%02x" % b for b in bssid), channel, rssi, security, hidden)


# (The time is counted in µs and given in whole ms: ticks_ms would read 1501
# when the start fell late in a millisecond, as the board clock starts at the
# host's tick value and each poll costs a few µs of board time.)
def join(ssid, key):
    t0 = time.ticks_us()
    sta.connect(ssid, key)
    while sta.status() == network.STAT_CONNECTING:
        time.sleep_ms(100)
    return sta.status(), time.ticks_diff(time.ticks_us(), t0) // 1000


print("wrong key:", join("HomeNet", "wrong"), network.STAT_WRONG_PASSWORD)
print("no such ap:", join("Elsewhere", "x"), network.STAT_NO_AP_FOUND)
print("open ap, no key:", join("CafeFree", None), sta.config("security"))
print("right key:", join("HomeNet", "correct horse"), network.STAT_GOT_IP)
print(sta.isconnected(), sta.ifconfig(), sta.status("rssi"), sta.config("ssid"), sta.config("channel"))
print(":".join("%02x" % b for b in sta.config("mac")), sta.config("hostname"))
sta.ifconfig(("10.0.0.5", "255.0.0.0", "10.0.0.1", "8.8.8.8"))
print(sta.ifconfig())
sta.disconnect()
print(sta.isconnected(), sta.status(), sta.ifconfig())
try:
    sta.status("rssi")
except OSError as e:
    print("OSError:", e)
sta.active(False)
print(sta.active())

ap = network.WLAN(network.AP_IF)
ap.config(ssid="node-setup", key="12345678")
ap.active(True)
print(ap, ap.isconnected(), ap.ifconfig(), ap.config("ssid"), ap.config("security"))
print(":".join("%02x" % b for b in ap.config("mac")))
network.hostname("node-7")
print(network.hostname(), sta.config("hostname"))
for bad in (lambda: network.WLAN(5), lambda: sta.config("nonsense"), lambda: network.country("XYZ"),
            lambda: sta.connect(42), lambda: ap.connect("x")):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
