# machine.Pin: modes, pulls, open drain against a button, levels, init keeping
# what it is not given, names. Compared with pin_modes.exp.
from machine import Pin
import sim

print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN, Pin.IRQ_FALLING, Pin.IRQ_RISING)
p = Pin(2, Pin.IN, Pin.PULL_DOWN)
print(p, p.value())
p.init(pull=Pin.PULL_UP)
print(p, p.value(), p.mode() == Pin.IN, p.pull() == Pin.PULL_UP)
p.init(pull=None)
print(p, p.value())                  # floating: keeps its last level
p.value(0)                           # stored in IN mode...
print(p.value())
p.init(Pin.OUT)                      # ...drives once it is an output
print(p, p.value())
p.high()
print(p())
p.low()
print(p())
p(1)
print(p.value())
p.off()
p.toggle()
print(p.value())

# open drain: 1 releases the line (the pull-up wins), 0 pulls it low
od = Pin("GP14", Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)
print(od, od.value())
od.value(0)
print(od.value())
od.value(1)
print(od.value())
sim.press("btn1")                    # the button grounds the released line
print(od.value())
sim.release("btn1")
print(od.value())

# a slide switch drives its pin
sw = Pin("GP12", Pin.IN)
print(sw.value())
sim.set("sw1", 1)
print(sw.value(), sim.state("sw1"))

print(Pin.board.GP0 is Pin(0), Pin.cpu.GPIO0 is Pin("GP0"), Pin("LED") is Pin(25))
print("GP28" in dir(Pin.board), "GPIO29" in dir(Pin.cpu), "LED" in dir(Pin.board))
led = Pin("LED", Pin.OUT)
led.on()
print(sim.state("led"))
led.off()
print(sim.state("led"))
