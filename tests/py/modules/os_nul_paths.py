# Paths and names holding a NUL raise ValueError('embedded null byte') before the OS sees a cut name
import os
import struct

calls = [lambda: open('a\x00b'), lambda: open('a\x00b', 'w'), lambda: os.stat('.\x00'),
         lambda: os.listdir('.\x00'), lambda: os.mkdir('x\x00'), lambda: os.remove('x\x00'),
         lambda: os.rmdir('x\x00'), lambda: os.rename('x\x00', 'y'), lambda: os.rename('x', 'y\x00'),
         lambda: os.chdir('.\x00'), lambda: os.putenv('A\x00', 'b'), lambda: os.putenv('A', 'b\x00'),
         lambda: os.unsetenv('A\x00'), lambda: os.system('true\x00')]
for call in calls:
    try:
        call()
        print('no error')
    except ValueError as e:
        print(type(e).__name__, e.args)
print(os.getenv('PATH\x00'), os.getenv('PATH\x00', 'dflt'), os.getenv('PATH') is not None)

for mode in ('r\x00', '\x00', 'rb\x00', 'w\x00', 'rr', 'q'):
    try:
        open('never_made.txt', mode)
    except ValueError as e:
        print(type(e).__name__, e.args)
print(os.path.exists('never_made.txt') if hasattr(os, 'path') else False)

for fmt in ('i\x00', b'i\x00', '\x00'):
    try:
        print(struct.calcsize(fmt))
    except struct.error as e:
        print(type(e).__name__, e.args)
print(struct.calcsize('<i'), struct.pack('<h', 1))
