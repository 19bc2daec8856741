# binascii: b2a_base64 (newline=), a2b_base64 lenient and strict_mode, padding rules, round trips, errors
import binascii
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]]:
    e = binascii.b2a_base64(d)
    print(e, binascii.a2b_base64(e) == d, binascii.b2a_base64(d, newline=False) == e[:-1])
print(binascii.b2a_base64(bytearray(b'\xff\xfe\xfd')), binascii.b2a_base64(memoryview(b'\xfb\xff')))
print(binascii.a2b_base64('Zm9vYmFy'), binascii.a2b_base64(b'Zm9v\nYmE=\n'), binascii.a2b_base64(bytearray(b'Zg==')))
print(binascii.a2b_base64(b'YW Jj\nZA=='), binascii.a2b_base64('YQ==YQ=='), binascii.a2b_base64(b''))
print(binascii.a2b_base64(b'!!Y*W#J@j'), binascii.a2b_base64(b'+/+/'), binascii.b2a_base64(b'\xfb\xff\xbf'))
data = bytes((i * 37 + 11) & 255 for i in range(300))
print(all(binascii.a2b_base64(binascii.b2a_base64(data[:n])) == data[:n] for n in range(300)))
cases = [b'YQ=a', b'Y=Q=', b'YQ===', b'YQ==YQ==', b'YWJ=j', b'YW=J=', b'YQ=', b'YQ', b'YWI=', b'YWI',
         b'=', b'====', b'a===', b'ab=c=', b'YWJj', b'YWJjZ', b'Y', b'Y!Q==', b'=YQ==', b'YQ==\n']
for a in cases:
    for strict in (False, True):
        try:
            print(a, strict, binascii.a2b_base64(a, strict_mode=strict))
        except binascii.Error as e:
            print(a, strict, type(e).__name__, e)
tests = [
    lambda: binascii.a2b_base64('é'),
    lambda: binascii.a2b_base64(3),
    lambda: binascii.b2a_base64('x'),
    lambda: binascii.b2a_base64(None),
    lambda: binascii.b2a_base64(b'x', foo=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
