# super(): errors and the super object's own attributes
class A:
    def f(self):
        return "A.f"
    @staticmethod
    def s():
        return super()

class B(A):
    def in_comprehension(self):
        return [super().f() for _ in range(1)]
    def in_lambda(self):
        return (lambda: super().f())()

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: A.s())
attempt(lambda: B().in_comprehension())
attempt(lambda: B().in_lambda())
attempt(lambda: super(A, A()).f())
attempt(lambda: super(B, B()).nope)
attempt(lambda: super(B, 1))
attempt(lambda: super(1, B()))
attempt(lambda: super(B, A()))
attempt(lambda: super(B, B).f(B()))
attempt(lambda: repr(super(B, B())).split(" object at")[0])
attempt(lambda: repr(super(B, B)))
attempt(lambda: repr(super(B)))
attempt(lambda: super(B).f)
s = super(B, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
print(type(s).__name__, isinstance(s, super))
attempt(lambda: super(B, B(), 1))
attempt(lambda: super(type=B))
