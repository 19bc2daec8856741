# machine.RTC on the board: upstream's extmod/machine_rtc.py check, the weekday
# computed on read, the clock running on board time, init, deinit, memory,
# errors. Compared with machine_rtc.exp.
import time
import machine

rtc = machine.RTC()
print("power-on", rtc.datetime())
# upstream: set 2020-01-01 and read it 4 times
rtc.datetime((2020, 1, 1, 0, 0, 0, 0, 0))
for i in range(4):
    t = rtc.datetime()
    print(t[0], t[1], t[2], t[4], t[5])
    time.sleep_ms(100)
for date in ((2000, 1, 1), (2024, 2, 29), (2024, 3, 1), (2099, 12, 31), (2038, 1, 19)):
    rtc.datetime(date + (6, 23, 59, 58, 0))
    time.sleep_ms(2500)
    print(date, rtc.datetime())
rtc.init((2023, 6, 15, 0, 12, 0, 0, 0))
print(machine.RTC().datetime()[:7])
rtc.deinit()
print("deinit", rtc.datetime()[:7])
print(rtc.memory())
rtc.memory(b"hello")
print(rtc.memory())
for bad in (lambda: rtc.datetime((2020, 13, 1, 0, 0, 0, 0, 0)),
            lambda: rtc.datetime((2020, 1, 1)),
            lambda: rtc.memory(bytes(3000)),
            lambda: machine.RTC(1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
