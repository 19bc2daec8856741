# __del__ of objects still alive when the program ends by sys.exit() runs after it
import sys
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('finalised', self.name)
_private = Noisy('underscore name first')
first = Noisy('first global')
second = Noisy('second global')
container = [Noisy('in a list')]
def f():
    print('exiting')
    sys.exit(0)
f()
print('not reached')
