# files in binary mode take any buffer: write(bytes/bytearray/memoryview) and readinto(bytearray/memoryview)
import os

name = '_bytes_io.tmp'
with open(name, 'wb') as f:
    print(f.write(b'abc'), f.write(bytearray(b'def')), f.write(memoryview(b'0123456789')[2:6]))
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError', e)
    try:
        f.write(5)
    except TypeError as e:
        print('TypeError', e)
with open(name, 'rb') as f:
    print(f.read())
buf = bytearray(4)
with open(name, 'rb') as f:
    print(f.readinto(buf), buf)
    mv = memoryview(buf)
    print(f.readinto(mv[1:3]), buf)
    print(f.readinto(buf), buf)
    print(f.readinto(buf), buf)
    try:
        f.readinto(b'xx')
    except TypeError as e:
        print('TypeError', e)
    try:
        f.readinto(memoryview(b'xx'))
    except TypeError as e:
        print('TypeError', e)
    mv.release()
os.remove(name)
