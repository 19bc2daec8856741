# array: indexing, slicing (steps, negative), slice assignment and deletion, +, *, +=, *=, comparisons
from array import array
a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[8:2:-2], a[5:2], a[-3:], a[True])
a[0] = 100
a[-1] = -100
print(a)
a[1:3] = array('i', [7, 7, 7, 7])
print(a)
a[::2] = array('i', [0] * 6)
print(a)
a[2:6] = array('i')
print(a)
a[len(a):] = array('i', [55])
print(a)
del a[0]
del a[-1]
del a[1:3]
print(a)
b = array('i', range(10))
del b[::3]
print(b)
del b[::-2]
print(b)
b = array('i', range(10))
del b[7:1:-2]
print(b)
del b[5:1]
print(b)
b = array('i', [1, 2, 3])
b[1:] = b
print(b)
b[::-1] = b
print(b)
b = array('i', range(5))
b[::-2] = array('i', [7, 8, 9])
print(b)
x = array('h', [1, 2])
y = x + array('h', [3])
print(x, y, x * 3, 3 * x, x * 0, x * -2, array('d', [0.5]) * 2)
x += array('h', [9])
print(x)
x *= 2
print(x)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) != array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]))
print(array('i', [1, 2]) < array('b', [1, 3]), array('i', [1, 2]) <= array('i', [1, 2]), array('i') < array('i', [0]))
print(array('d', [1.5, -0.0]) == array('f', [1.5, 0.0]), array('d', [1.5]) > array('d', [1.5]), array('B', [2]) >= array('B', [1, 9]))
print(array('i', [1, 2]) == [1, 2], array('i') == (), array('d', [float('nan')]) == array('d', [float('nan')]))
m = array('d', [1.0, 2.0, 3.0])
print(m[1], m[-1:], m[::2].tolist())
