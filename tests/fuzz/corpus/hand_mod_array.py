# fuzz seed: array types, slices, conversions and growth
import array
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, range(5))
    a.append(1); a.extend([2, 3]); a.insert(-100, 4); a.reverse()
    a[1:3] = array.array(tc, [7, 7, 7]); del a[::2]; a *= 2; a += a
    print(tc, a.itemsize, len(a), a.count(7), a.index(7), a.pop(), a.tobytes()[:8], a.tolist()[:3])
    b = array.array(tc); b.frombytes(a.tobytes()); print(b == a, a[::-3], memoryview(a)[1])
    a.byteswap(); print(a.buffer_info()[1], sorted(a)[:2])
