# ord, sum and chr with bytearrays, memoryviews and huge ints: CPython's results and messages
print(ord(bytearray(b'a')), ord(b'z'))
for f in [lambda: ord(bytearray(b'ab')), lambda: ord(memoryview(b'a')), lambda: sum([], bytearray()),
          lambda: sum([b'a'], b''), lambda: chr(2**31), lambda: chr(-2**31 - 1), lambda: chr(2**100),
          lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
