# binascii: hexlify/b2a_hex with sep and bytes_per_sep, unhexlify/a2b_hex from bytes-likes and ASCII str, errors
import binascii
print(binascii.hexlify(b''), binascii.hexlify(b'\x00\x7f\x80\xff'), binascii.b2a_hex(bytearray(b'xy')))
print(binascii.hexlify(b'\x01\x02\x03', '-'), binascii.hexlify(b'abcde', b':', 2), binascii.hexlify(b'abcde', ':', -2))
print(binascii.hexlify(memoryview(b'hello')), binascii.hexlify(data=b'a', sep='.', bytes_per_sep=1))
print(binascii.hexlify(b'abc', '_', 0), binascii.hexlify(b'abcdef', '|', 3))
print(binascii.unhexlify('0aFF'), binascii.a2b_hex(b'00'), binascii.unhexlify(memoryview(b'ab')))
print(binascii.unhexlify(bytearray(b'deadBEEF')), binascii.unhexlify(''), binascii.a2b_hex(b''))
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data, binascii.hexlify(data).decode() == data.hex())
print(type(binascii.hexlify(b'a')).__name__, type(binascii.unhexlify(bytearray(b'00'))).__name__)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Error.__name__)
print(issubclass(binascii.Incomplete, Exception), issubclass(binascii.Incomplete, ValueError))
tests = [
    lambda: binascii.unhexlify('abc'),
    lambda: binascii.unhexlify(b'zz'),
    lambda: binascii.unhexlify('0g'),
    lambda: binascii.unhexlify('é0'),
    lambda: binascii.unhexlify(5),
    lambda: binascii.unhexlify(None),
    lambda: binascii.a2b_hex([1]),
    lambda: binascii.hexlify('ab'),
    lambda: binascii.hexlify(5),
    lambda: binascii.hexlify(b'a', 'ab'),
    lambda: binascii.hexlify(b'a', 'é'),
    lambda: binascii.hexlify(b'ab', '-', 'x'),
    lambda: binascii.hexlify(b'', x=1),
    lambda: binascii.hexlify(b'ab', None),
    lambda: binascii.hexlify(b'ab', ''),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    binascii.unhexlify('1')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, isinstance(e, binascii.Error))
for sep in ['é', b'\xe9', 'ab', '€', 5, bytearray(b'-'), memoryview(b'-'), b'']:
    try:
        print(binascii.hexlify(b'abc', sep))
    except Exception as e:
        print(type(e).__name__, e)
for n in [2**31, -2**31, 2**31 - 1, 2**100, 1.0, 0, -1, 4]:
    try:
        print(binascii.hexlify(b'abcde', '-', n))
    except Exception as e:
        print(type(e).__name__, e)
