# fuzz seed: binascii conversions and hashlib digests
import binascii, hashlib
d = bytes(range(256))
for f in (binascii.hexlify, binascii.b2a_base64, binascii.crc32):
    print(f(d[:17]))
print(binascii.unhexlify(b'00ff'), binascii.a2b_base64(b'AAEC\nAw=='), binascii.hexlify(d[:4], '-', -2))
print(binascii.crc32(d, 12345), binascii.b2a_base64(d[:5], newline=False))
for h in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    x = h(b'abc'); x.update(bytearray(100)); y = x.copy(); y.update(memoryview(d))
    print(x.hexdigest(), y.digest()[:4], x.digest_size, x.block_size, x.name)
