# basics2: chained comparisons evaluate each operand once and short-circuit
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(0) < v(3), log)
log.clear()
print(v(1) == v(1) != v(2) in [v(2)], log)
log.clear()
print(v(3) > v(2) >= v(2) > v(5) > v(0), log)
log.clear()
n = None
two = 2
print(1 < two == two is not n)
print([x for x in range(10) if 2 < x <= 5])
print(0 < 1 < 2 < 3 < 4 < 5 < 4)
a = [1]
print(a is a is a, a == [1] == a, 'a' in 'abc' in ['abc'])
class C:
    def __lt__(self, o):
        log.append('lt')
        return 'truthy'
log.clear()
r = C() < 1 < 2
print(r, log)
r = C() < 1
print(r)
