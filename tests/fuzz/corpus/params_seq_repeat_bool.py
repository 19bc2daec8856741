# params: sequence repetition by bools and ints (bool is an int), and the errors for other types
def attempt(fn):
    try:
        print(repr(fn()))
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
for seq in ('ab', [1, 2], (1, 2), b'xy'):
    attempt(lambda: seq * True)
    attempt(lambda: True * seq)
    attempt(lambda: seq * False)
    attempt(lambda: False * seq)
    attempt(lambda: seq * 3)
    attempt(lambda: seq * -1)
    attempt(lambda: seq * 0)
    attempt(lambda: seq * 2.0)
    attempt(lambda: seq * None)
    attempt(lambda: seq * '2')
    attempt(lambda: seq * [2])
s = 'x'
s *= True
print(s)
l = [0]
l *= True
print(l)
l *= False
print(l)
class Idx:
    def __index__(self):
        return 2
attempt(lambda: 'ab' * Idx())
attempt(lambda: [1] * Idx())
attempt(lambda: Idx() * (3,))
