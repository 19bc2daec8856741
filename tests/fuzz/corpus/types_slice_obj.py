# types: slice objects, their attributes, indices() and use in subscripts
s = slice(1, 5)
print(s.start, s.stop, s.step)
s2 = slice(None, None, -1)
print(s2.start, s2.stop, s2.step)
s3 = slice(4)
print(s3.start, s3.stop, s3.step)
data = list(range(10))
print(data[s], data[s2], data[s3], data[slice(0, 10, 3)])
print("abcdefgh"[s], "abcdefgh"[slice(-3, None)], (1, 2, 3)[slice(1, None)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
print(slice(-3, None).indices(10))
print(s == slice(1, 5), s == slice(1, 6))
print(repr(slice(1, 2, 3)), repr(slice(None)))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[:], p[1:2, 3])
k = p[2:8:2]
print(type(k).__name__, k.start, k.stop, k.step)
lst = list(range(6))
lst[slice(0, 2)] = ["a", "b"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
