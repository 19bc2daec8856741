# basics: closures capturing variables from enclosing scopes
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), add5(add10(0)))

def multiplier_pair(k):
    def times(x):
        return x * k
    def div(x):
        return x // k
    return times, div
t, d = multiplier_pair(3)
print(t(7), d(21))

def outer():
    msg = "first"
    def show():
        return msg
    msg = "changed"
    return show
print(outer()())

def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc = adder(1)
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4))

def make_acc():
    data = []
    def acc(v):
        data.append(v)
        return list(data)
    return acc
acc = make_acc()
acc(1)
print(acc(2))
