# regress: file offsets and sizes past 2 and 4 GiB (a sparse file): 32-bit builds use a 64-bit off_t
import os
name = 'io_large_offset_%d.tmp' % os.getpid()
try:
    with open(name, 'wb') as f:
        print(f.seek(2**32 + 5), f.write(b'xy'), f.tell())
        f.truncate(2**31 + 3)
        print(f.seek(0, 2))
    print(os.stat(name).st_size)
    with open(name, 'rb') as f:
        print(f.seek(2**31), f.read(), f.tell(), f.seek(-1, 2))
    st = os.statvfs('.')
    print(st.f_blocks * st.f_frsize > 0, type(st.f_bavail).__name__)
finally:
    os.remove(name)
