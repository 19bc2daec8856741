# subclasses of bytes
class Packet(bytes):
    def __new__(cls, payload, kind=0):
        obj = super().__new__(cls, bytes([kind]) + payload)
        return obj
    def kind(self):
        return self[0]
    def payload(self):
        return self[1:]

p = Packet(b"abc", 7)
print(p, p.kind(), p.payload(), len(p), type(p).__name__, isinstance(p, bytes))
print(p == b"\x07abc", p.hex(), bytes(p), type(bytes(p)).__name__)
print(p + b"!", type(p + b"!").__name__)

class B(bytes):
    pass
b = B(3)
print(b, B([65, 66]), B(b"xy"), B("z", "ascii"), B())
b.attr = 1
print(b.attr, b.upper(), type(b.upper()).__name__)
print(b"x" + B(b"k"), hash(B(b"k")) == hash(b"k"), B(b"k") in {b"k"})
