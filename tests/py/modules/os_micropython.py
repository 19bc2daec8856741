# MicroPython-only os and u-alias behaviour (a .exp file): ilistdir tuples, plain tuple reprs of stat/gmtime, u-names of these modules
import os, time
base = 'os_mp_%d.tmpdir' % os.getpid()
os.mkdir(base)
open(base + '/file', 'w').close()
os.mkdir(base + '/dir')
entries = sorted(os.ilistdir(base))
print([(e[0], e[1], type(e[2]).__name__, e[3]) for e in entries])
print(len(os.stat(base)), repr(time.gmtime(0)))
os.remove(base + '/file')
os.rmdir(base + '/dir')
os.rmdir(base)
import uos, utime, uio, ucollections, umicropython, ugc, usys
print(uos is os, utime is time, uio.StringIO is __import__('io').StringIO)
print(ucollections.deque is __import__('collections').deque)
