# UART irq on RX: the handler runs at each byte's arrival time on the board clock (soft and
# hard handlers), and stops after irq(None). Loopback peer on UART0. Compared with
# uart_irq.exp: no CPython counterpart.
from machine import UART
import sim
import time

u = UART(0, 115200)
got = []


def on_rx(uart):
    got.append((uart.read(uart.any()), sim.now_us() - t0))


t0 = sim.now_us()
u.irq(on_rx, UART.IRQ_RX)
u.write(b"ab")
time.sleep_ms(5)
# 10 bits at 115200 baud: 86.8 us a byte; each comes back one frame after it left.
print([(b, us // 10) for b, us in got])
hits = [0, 0]


def hard_rx(uart):
    hits[0] += 1          # no allocation: a hard handler runs with the heap locked
    hits[1] = uart.any()


u.irq(handler=hard_rx, trigger=UART.IRQ_RX, hard=True)
u.write(b"xyz")
time.sleep_ms(5)
print("hard", hits, u.read())
u.irq(None)
u.write(b"q")
time.sleep_ms(5)
print("off", hits, u.read())
try:
    u.irq(on_rx, UART.IRQ_BREAK)
except ValueError as e:
    print("ValueError:", e)
# irq() returns an irq object as Pin.irq does: trigger() and flags() (the
# events of the last report, as UART.IRQ_* values); without arguments it
# leaves the configuration alone.
irq = u.irq(on_rx, UART.IRQ_RX)
print("trigger", irq.trigger() == UART.IRQ_RX, "flags before", irq.flags())
got.clear()
u.write(b"k")
time.sleep_ms(5)
print("flags", irq.flags() == UART.IRQ_RX, [b for b, us in got])
same = u.irq()
print("same", same.trigger() == UART.IRQ_RX, same.flags() == UART.IRQ_RX)
u.write(b"m")
time.sleep_ms(5)
print("still on", [b for b, us in got])
off = u.irq(None)
print("off trigger", off.trigger(), type(off).__name__)
