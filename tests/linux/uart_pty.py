# Linux HAL, UART over a pseudo-terminal: run on the HOST by run_uart_pty.py, which holds
# the other end (MICROPY_UART1 names this end) and answers each line in upper case, and
# "burst" with 300 bytes. Covers write, readline, read with a timeout (None), any, a burst
# longer than one read, and irq on RX. Compared with uart_pty.exp; no CPython counterpart.
import time
from machine import UART

u = UART(1, 115200, timeout=300)
print(u.write(b"ping\n"))
print(u.readline())
print(u.read(5))   # nothing comes: None after the timeout
u.write(b"two words\n")
time.sleep_ms(100)
print(u.any() > 0, u.read())
u.write(b"burst\n")
got = b""
while len(got) < 300:
    chunk = u.read(300 - len(got))
    if chunk is None:
        break
    got += chunk
print(len(got), got[:8], got == bytes(i & 0xFF for i in range(300)))

seen = []
u.irq(lambda x: seen.append(x.any()), UART.IRQ_RX)
u.write(b"irq\n")
deadline = time.ticks_add(time.ticks_ms(), 1000)
while not seen and time.ticks_diff(deadline, time.ticks_ms()) > 0:
    time.sleep_ms(10)
print(len(seen) > 0, seen and seen[0] > 0, u.readline())
u.irq(None)
u.init(9600, bits=8, parity=0, stop=2)
print(u.write(b"end\n"), u.readline())
u.deinit()
print("done")
