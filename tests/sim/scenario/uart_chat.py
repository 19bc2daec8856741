# A UART command loop driven by a scenario (uart_chat.scn), on GP16/GP17 where
# no peer is wired: the scenario sends lines on uart0's RX and waits for the
# replies on its TX. No CPython counterpart: the expected output is uart_chat.exp.
from machine import UART
import sim

uart = UART(0, 115200, tx=16, rx=17, timeout=50)
uart.write(b"ready\r\n")
print("uart open at", sim.now_us() // 1000, "ms")
while True:
    line = uart.readline()
    if line is None:
        continue
    cmd = line.strip().decode()
    print("got", repr(cmd))
    if cmd == "quit":
        uart.write(b"bye\r\n")
        break
    uart.write(("echo " + cmd.upper() + "\r\n").encode())
print("loop ended")
