# ADC on the board: read_u16 and read_uv of a pot, an LDR and a TMP36 after
# sim.set (now and at a later time), the RP2040's core temperature channel 4,
# channel numbers and pins, errors. The converter is 12-bit (read_u16 scales
# it to 0..65535 as rp2 does). Compared with adc_parts.exp.
import time
from machine import ADC, Pin
import sim

pot = ADC(Pin(26))
print(pot, ADC(0), ADC(Pin("GP27")), ADC(ADC.CORE_TEMP))
for v in (0, 0.25, 0.5, 1):
    sim.set("pot1", v)
    print("pot", v, pot.read_u16(), pot.read_uv())

ldr = ADC(1)
for lux in (0, 1, 10, 100, 1000, 10000):
    sim.set("ldr1", lux=lux)
    print("ldr", lux, ldr.read_u16())

tmp = ADC(2)
def celsius(adc):
    return round((adc.read_uv() / 1e6 - 0.5) * 100, 1)
for t in (-10, 0, 22.5, 40):
    sim.set("temp1", t)
    print("tmp36", t, celsius(tmp))
sim.set("temp1", temperature=30.0, at_ms=sim.now_us() // 1000 + 100)
print("before", celsius(tmp))
time.sleep_ms(150)
print("after", celsius(tmp))

core = ADC(4)
for t in (27, 50):
    sim.set("cpu_temp", temperature=t)
    v = core.read_u16() * 3.3 / 65535
    print("core", t, round(27 - (v - 0.706) / 0.001721))

for bad in (lambda: ADC(Pin(15)), lambda: ADC(29), lambda: ADC("nope"),
            lambda: sim.set("ldr1", volume=3), lambda: sim.set("led1", 1),
            lambda: sim.set("temp1")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
