# The program behind pot.scn: prints the pot's position when it changes,
# polling every 50 ms. (sim.state reads it as 0..65535; machine.ADC comes
# with the analog work and reads the same value through ADC channel 0.)
import time
import sim

last = None
print("ready")
while True:
    v = sim.state("pot1")
    if v != last:
        print("pot", v)
        last = v
    time.sleep_ms(50)
