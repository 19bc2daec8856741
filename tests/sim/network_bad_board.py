# board: network_bad_board.json
# A board file whose "network" section is wrong: the network module says what is wrong
# with a ValueError when the program uses the part that is wrong, not a crash.
import network
import time

sta = network.WLAN(network.STA_IF)
sta.active(True)
for what, f in (("scan", sta.scan), ("connect", lambda: sta.connect("ok"))):
    try:
        print(what, f())
    except ValueError as e:
        print(what, "ValueError:", e)
print(network.hostname(), sta.config("mac"))
