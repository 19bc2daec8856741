# exceptions: propagation through functions, methods, lambdas and comprehensions
def level3():
    raise ValueError("from level3")
def level2():
    level3()
    print("never")
def level1():
    try:
        level2()
    finally:
        print("level1 cleanup")
try:
    level1()
except ValueError as e:
    print("top caught:", e)
class Svc:
    def run(self, x):
        return self.check(x)
    def check(self, x):
        if x < 0:
            raise ValueError("negative")
        return x
s = Svc()
print(s.run(5))
try:
    s.run(-1)
except ValueError as e:
    print("method raise:", e)
f = lambda x: 10 // x
try:
    [f(x) for x in [5, 2, 0, 1]]
except ZeroDivisionError:
    print("raised inside comprehension")
def gen_list(n):
    return [1 // (i - n) for i in range(n + 1)]
try:
    gen_list(3)
except ZeroDivisionError:
    print("ZeroDivisionError inside helper comprehension")
def wrapper(func, *args):
    try:
        return func(*args)
    except Exception as e:
        return "wrapped " + type(e).__name__
print(wrapper(int, "12"), wrapper(int, "x"), wrapper(sorted, [1, "a"]))
print(wrapper(lambda: {}["q"]), wrapper(level3))
