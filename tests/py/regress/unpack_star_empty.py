# Starred unpacking of an empty sequence (found by fuzzing: an offset applied to the NULL storage of an empty list, UBSan)
*a, = []
print(a)
*a, = ()
print(a)
[*b] = []
print(b)
*c, = iter([])
print(c)
match []:
    case [*rest]:
        print('rest', rest)
match ():
    case [*rest]:
        print('rest', rest)
x, *y = [1]
print(x, y)
*y, z = (2,)
print(y, z)
