# exceptions2: the last line of a traceback for user exceptions: str() forms, no args, several args [exit 1]
class Plain(Exception):
    pass

class WithStr(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return 'code %d: %s' % (self.code, self.args[1])

class Sub(WithStr):
    pass

for cls, args in ((Plain, ()), (Plain, ('one',)), (Plain, (1, 'two')), (WithStr, (3, 'x'))):
    try:
        raise cls(*args)
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

def deep(n):
    if n == 0:
        raise Sub(42, 'deep failure')
    deep(n - 1)

deep(3)
