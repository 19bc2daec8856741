# Golden picture: the on-board LED and led1 lit, a line on the console.
from machine import Pin
Pin("LED", Pin.OUT).on()
Pin("GP15", Pin.OUT, value=1)
print("LED on")
