# A UART echo over the board's loopback peer (pico: UART0 on GP0/GP1): bytes take their
# frame time at the baud rate, read/readline/readinto/any, flush/txdone, timeouts returning
# None. Compared with uart_echo.exp: no CPython counterpart.
from machine import UART
import sim
import time

u = UART(0, 9600, timeout=50)
print(u)
t0 = sim.now_us()
print(u.write(b"hello\n"), u.txdone())
u.flush()
# 6 bytes of 10 bits at 9600 baud: 6.25 ms to send; the last comes back one frame later.
print("flush after", sim.now_us() - t0 >= 6250, u.txdone())
print(u.readline())
t0 = sim.now_us()
print("nothing", u.read(), "waited ms", (sim.now_us() - t0) // 1000)
u.write(b"abcdef")
print(u.read(3), u.read(3))
u.write(b"xyz")
time.sleep_ms(10)
print("any", u.any())
buf = bytearray(8)
print(u.readinto(buf), buf[:3])
print(u.readinto(buf))
u.write(b"12345678")
print(u.readinto(buf, 4), bytes(buf[:4]), u.read())
u.init(115200, bits=8, parity=0, stop=2, timeout=0)
print(u)
print(u.read(), u.readline())
u.write(b"fast")
time.sleep_ms(1)
print(u.read())
u.sendbreak()
print(u.txdone())
u.deinit()
try:
    u.read()
except ValueError as e:
    print("ValueError:", e)
