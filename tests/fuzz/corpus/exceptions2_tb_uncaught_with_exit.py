# exceptions2: an exception raised by __exit__ while another propagates is printed with the first as context [exit 1]
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('close', self.name, exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError('close failed for ' + self.name)
        return False

def use():
    with Resource('outer') as a, Resource('inner') as b:
        print('using', a.name, b.name)
        b.missing_method()

use()
