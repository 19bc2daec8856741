# hashlib: md5/sha1/sha224/sha256 digests at block-boundary lengths, chunked updates, copy, repeated digest, attributes
import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256']:
    f = getattr(hashlib, name)
    for d in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, bytes(range(256)) * 5]:
        print(name, len(d), f(d).hexdigest())
    whole = bytes((i * 31 + 7) & 255 for i in range(3000))
    h = f()
    pos = 0
    for step in [1, 2, 3, 63, 64, 65, 127, 500, 1000]:
        h.update(whole[pos:pos + step])
        pos += step
    h.update(whole[pos:])
    print(h.digest() == f(whole).digest(), h.hexdigest() == h.digest().hex())
    print(h.name, h.digest_size, h.block_size, len(h.digest()), type(h.digest()).__name__)
    c = h.copy()
    c.update(b'more')
    print(h.hexdigest() == f(whole).hexdigest(), c.hexdigest() == f(whole + b'more').hexdigest())
    print(h.digest() == h.digest(), h.update(b'x'), h.digest() == f(whole + b'x').digest())
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(memoryview(b'xabc')[1:]).hexdigest())
print(hashlib.md5(string=b'abc').hexdigest(), hashlib.sha1(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.new('sha256', b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.new('SHA1').name, hashlib.new('Md5', data=b'a').hexdigest(), hashlib.new(name='sha224').digest_size)
print(type(hashlib.md5()).__name__, type(hashlib.md5()) is type(hashlib.sha256()))
print(sorted(n for n in ['md5', 'sha1', 'sha224', 'sha256'] if n in hashlib.algorithms_guaranteed))
print(sorted(n for n in ['md5', 'sha1', 'sha224', 'sha256'] if n in hashlib.algorithms_available))
h = hashlib.sha1(b'')
m = memoryview(bytearray(b'0123456789'))
h.update(m[2:5])
print(h.hexdigest() == hashlib.sha1(b'234').hexdigest())
