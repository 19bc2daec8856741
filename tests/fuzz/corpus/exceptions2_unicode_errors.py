# exceptions2: UnicodeDecodeError/UnicodeEncodeError: five arguments, attributes and messages
def show(e):
    print(type(e).__name__, e.args, repr(str(e)))
    print('  ', e.encoding, repr(e.object), e.start, e.end, e.reason)
for data, codec in ((b'\xff', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'ok\x80x', 'ascii'), (b'\xe2\x82', 'utf-8')):
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        show(e)
for text, codec in (('é', 'ascii'), ('aé€b', 'latin-1'), ('x\U0001f600y', 'ascii'), ('ab€€€', 'ascii')):
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        show(e)
show(UnicodeDecodeError('utf-8', b'xyz', 1, 2, 'custom'))
show(UnicodeDecodeError('utf-8', b'xyz', 0, 3, 'range'))
show(UnicodeEncodeError('ascii', 'xÿz', 1, 2, 'custom'))
show(UnicodeEncodeError('ascii', 'x\u20acz', 1, 2, 'euro'))
for args in ((), ('utf-8',), ('utf-8', b'', 0, 1), (1, b'', 0, 1, 'r'), ('u', 'not bytes', 0, 1, 'r')):
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    UnicodeEncodeError('ascii', b'bytes', 0, 1, 'r')
except TypeError as e:
    print('TypeError', e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
