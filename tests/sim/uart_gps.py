# A GPS reader on the board's NMEA peer (pico: UART1 on GP20/GP21, 9600 baud): GGA and RMC
# sentences once per virtual second, checksums verified, fix and position parsed.
# Compared with uart_gps.exp: no CPython counterpart.
from machine import UART
import sim

gps = UART(1, 9600, timeout=1500)


def checksum_ok(line):
    body, _, given = line[1:].partition("*")
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "%02X" % c == given.strip()


def degrees(value, hemi):
    d = int(float(value) / 100)
    v = d + (float(value) - d * 100) / 60
    return -v if hemi in "SW" else v


fixes = 0
t0 = sim.now_us()
while fixes < 3:
    line = gps.readline()
    if line is None:
        print("timeout")
        break
    line = line.decode().strip()
    if not line.startswith("$"):
        continue  # the tail of a sentence that was under way at open
    print(line[:6], "checksum", checksum_ok(line))
    f = line.split(",")
    if f[0] == "$GPGGA":
        fixes += 1
        print("  utc", f[1], "fix", f[6], "sats", int(f[7]), "alt", f[9])
        print("  lat %.4f lon %.4f" % (degrees(f[2], f[3]), degrees(f[4], f[5])))
    elif f[0] == "$GPRMC":
        print("  status", f[2], "date", f[9])
print("seconds", (sim.now_us() - t0) // 1000000)
