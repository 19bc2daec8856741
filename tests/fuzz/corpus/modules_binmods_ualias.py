# u-prefixed names of struct, binascii, hashlib, errno and array give the same modules (MicroPython only; CPython has no u-names, hence the .exp)
import sys
for name in ['struct', 'binascii', 'hashlib', 'errno', 'array']:
    m = __import__(name)
    u = __import__('u' + name)
    print(name, u is m, sys.modules['u' + name] is m)
import ustruct, uarray
print(ustruct.pack('<H', 258), uarray.array('B', [1]))
