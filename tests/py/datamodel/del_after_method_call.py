# An object is garbage once dropped even when the last thing done with it was
# a method call: the interpreter keeps no hidden copy of self (or of a with
# block's __exit__) in its own C frame, so an automatic collection frees it.
class C:
    def m(self):
        return 1
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def __del__(self):
        print('del', self.m())

def churn():
    # about 8 MB of short-lived lists: several automatic collections
    junk = None
    for i in range(20000):
        junk = [i] * 50
    return junk[0]

c = C()
c.m()
del c
churn()
print('after the method call')
with C() as w:
    pass
del w
churn()
print('after the with block')
