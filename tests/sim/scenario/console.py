# The console handshake: the program asks on stdout and reads the answer from
# stdin, which the scenario writes (console.scn). Board time passes while the
# program waits in input().
import time
import sim

print("name?")
name = input()
print("hello", name, "at", sim.now_us() // 1000, "ms")
answer = input("again? ")
print("got", repr(answer))
try:
    input()
except EOFError:
    print("EOF: the scenario has nothing more to write")
time.sleep(1)
print("done")
