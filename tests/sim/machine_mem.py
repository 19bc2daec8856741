# machine.mem8/16/32 on the board's memory map, with upstream's extmod/machine1.py
# checks (repr, misaligned ValueError, del/slice/str TypeError). Compared with machine_mem.exp.
import machine

print(machine.mem8, machine.mem16, machine.mem32)


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


def store(m, a, v):
    m[a] = v


def delete(m, a):
    del m[a]


check(lambda: machine.mem16[1])
check(lambda: store(machine.mem16, 1, 1))
check(lambda: delete(machine.mem8, 0))
check(lambda: machine.mem8[0:1])
check(lambda: store(machine.mem8, slice(0, 1), 10))
check(lambda: machine.mem8["hello"])
check(lambda: store(machine.mem8, "hello", 10))
check(lambda: machine.mem8[0])              # nothing mapped at 0 on a Pico
SRAM = 0x20000000
print(machine.mem32[SRAM])                 # RAM starts zeroed
machine.mem32[SRAM] = 0x89ABCDEF
print(hex(machine.mem32[SRAM] & 0xFFFFFFFF), machine.mem32[SRAM] < 0)
print(hex(machine.mem8[SRAM]), hex(machine.mem16[SRAM + 2]))   # little-endian
machine.mem8[SRAM + 1] = 0x1FF                                  # truncated to the width
print(hex(machine.mem16[SRAM]))
check(lambda: machine.mem32[SRAM + 264 * 1024 - 4])
check(lambda: machine.mem32[SRAM + 264 * 1024])
