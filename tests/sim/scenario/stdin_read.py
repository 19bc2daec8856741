# sys.stdin.readline() and read() while the scenario has write-console steps
# to come: board time passes (timers fire) until the text arrives, as in
# input(); read() takes all up to the end of stdin (no write-console left).
# Run by stdin_read.scn; output compared with stdin_read.exp (no CPython counterpart).
import sys
import sim
from machine import Timer

ticks = []
tim = Timer(-1, period=100, callback=lambda t: ticks.append(sim.now_us() // 1000), hard=False)
print("name?")
line = sys.stdin.readline()
print("line", repr(line), "at", sim.now_us() // 1000, "ms; timer ran at", ticks)
print("more?")
print("part", repr(sys.stdin.readline()), "at", sim.now_us() // 1000, "ms")
rest = sys.stdin.read()
print("rest", repr(rest), "at", sim.now_us() // 1000, "ms")
print("eof", repr(sys.stdin.read()), repr(sys.stdin.readline()))
tim.deinit()
