# eval, exec and compile take source from any bytes-like object, not only bytes
print(eval(bytearray(b'1+1')), eval(memoryview(b' 2*3')))
ns = {}
exec(bytearray(b'x = 40 + 2'), ns)
print(ns['x'])
print(eval(compile(bytearray(b'7'), 'x', 'eval')))
try:
    eval(bytearray(b'1\x00'))
except ValueError as e:
    print('ValueError', e)
try:
    eval(5)
except TypeError as e:
    print('TypeError', e)
