# MicroPython's ure alias and the flags as plain ints (CPython's re.I is a RegexFlag whose repr differs, hence the .exp file)
import re
import ure
print(ure is re, ure.match('a+', 'aab').group())
print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG)
print(re.I | re.M, re.compile('a', re.I | re.M).flags, re.compile(b'a').flags)
print(re.compile('a', re.I | re.M))
print(re.compile('(?P<x>a)').groupindex['x'])
