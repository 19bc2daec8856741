# hashlib: wrong argument types and unknown algorithm names raise CPython's errors
import hashlib
h = hashlib.sha256()
tests = [
    lambda: hashlib.md5('x'),
    lambda: hashlib.sha1(5),
    lambda: h.update('x'),
    lambda: h.update(None),
    lambda: h.update([1, 2]),
    lambda: hashlib.new('foo'),
    lambda: hashlib.new('sha_256'),
    lambda: hashlib.new(5),
    lambda: hashlib.new('sha1', 'x'),
    lambda: hashlib.new('md5', None).hexdigest(),
    lambda: type(h)(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
for t in [lambda: h.update(), lambda: h.update(b'', b''), lambda: h.digest(1), lambda: hashlib.sha1(b'', b''),
          lambda: hashlib.sha1(b'', x=1), lambda: hashlib.new()]:
    try:
        t()
    except TypeError as e:
        print('TypeError')
try:
    h.name = 'x'
except AttributeError as e:
    print('AttributeError')
print(h.hexdigest() == hashlib.sha256(b'').hexdigest())
