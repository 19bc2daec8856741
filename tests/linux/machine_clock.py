# Linux HAL: time and the machine functions on the real system: time.time() and the RTC
# read the system clock (as `date` does), sleeps and ticks run on the real clock, setting
# the RTC is refused with a message saying why, unique_id() comes from /etc/machine-id.
# Runs in the VM of run_linux.py; compared with machine_clock.exp (no CPython
# counterpart: the backend's real clock and files).
import os
import time
import machine

os.system("date +%s > /tmp/now")
with open("/tmp/now") as f:
    now = int(f.read())
print(abs(time.time() - now) <= 5)
rtc = machine.RTC().datetime()
tm = time.gmtime()
print(rtc[:3] == tm[:3], rtc[3] == tm[6], len(rtc))
try:
    machine.RTC().datetime((2020, 1, 1, 2, 0, 0, 0, 0))
except OSError as e:
    print("OSError", e.args)

# Sleeps wait on the real clock: the wall clock (time_ns) agrees with ticks.
w0, t0 = time.time_ns(), time.ticks_ms()
time.sleep(0.25)
wall = (time.time_ns() - w0) // 1000000
ticks = time.ticks_diff(time.ticks_ms(), t0)
# (Loose bounds: the VM shares a loaded host, which may stall it for a while.)
print(250 <= wall < 3000, 250 <= ticks < 3000, abs(wall - ticks) < 300)
w0 = time.time_ns()
time.sleep_us(20000)
print(20 <= (time.time_ns() - w0) // 1000000 < 3000)

# unique_id(): the first 8 bytes of the machine id (hex text in the file).
with open("/etc/machine-id", "w") as f:
    f.write("0123456789abcdeffedcba9876543210\n")
print(machine.unique_id())
os.remove("/etc/machine-id")
print(machine.unique_id())      # no id on this system: empty, as the port cannot raise here
