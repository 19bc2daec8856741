# basics: augmented assignment with every operator on names, items and attributes
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 0b1000; print(x)
x &= 0b1100; print(x)
x ^= 0b0110; print(x)
y = 7
y /= 2; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"k": 1}
d["k"] += 10
print(d)
lst2 = [1, 2, 3]
lst2[1] *= 7
lst2[-1] -= 1
print(lst2)
class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
