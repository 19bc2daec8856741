# basics: nested function definitions, inner recursion and functions defined conditionally
def outer(n):
    def helper(k):
        return k * 10
    def rec(k):
        if k == 0:
            return []
        return rec(k - 1) + [helper(k)]
    return rec(n)
print(outer(4))

def pick(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    else:
        def op(a, b):
            return a - b
    return op
print(pick("add")(5, 3), pick("sub")(5, 3))

def counter_factory():
    def make(start):
        state = [start]
        def step():
            state[0] += 1
            return state[0]
        return step
    return make
make = counter_factory()
s1 = make(10)
s2 = make(100)
print(s1(), s1(), s2(), s1())

def redefine():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first, f()
print(redefine())

def visit(tree):
    out = []
    def walk(node, depth):
        name, children = node
        out.append("%s%s" % ("." * depth, name))
        for c in children:
            walk(c, depth + 1)
    walk(tree, 0)
    return out
print(visit(("root", [("a", [("a1", [])]), ("b", [])])))
for i in range(2):
    def in_loop():
        return "defined in loop"
print(in_loop())
