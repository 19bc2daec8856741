# a bytearray with unreleased memoryviews refuses to change size (BufferError), and accepts it after release
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
s = m[1:3]
t(lambda: ba.append(1))
t(lambda: ba.extend(b'xy'))
t(lambda: ba.pop())
t(lambda: ba.remove(97))
t(lambda: ba.insert(0, 1))
t(lambda: ba.clear())
t(lambda: ba.__delitem__(0))
t(lambda: ba.__setitem__(slice(0, 1), b'xy'))
t(lambda: ba.__setitem__(slice(0, 2), b'z'))
t(lambda: ba.__iadd__(b'x') if hasattr(ba, '__iadd__') else None)
def iadd():
    global ba
    ba += b'x'
t(iadd)
# same-size changes are allowed while exported
ba[0] = 65
ba[1:3] = b'BC'
ba.reverse()
print(ba, m.tobytes(), s.tobytes())
m.release()
t(lambda: ba.append(1))
s.release()
ba.append(33)
print(ba)
with memoryview(ba) as v:
    t(lambda: ba.pop())
    v[0] = 70
print(ba.pop(), ba)
v2 = memoryview(memoryview(ba))
t(lambda: ba.append(1))
v2.release()
ba.append(1)
print(len(ba))
