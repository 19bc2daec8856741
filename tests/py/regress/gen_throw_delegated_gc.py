# throw() into a generator suspended in yield from: the collector keeps its locals while the receiver runs
import gc


class Receiver:
    def __iter__(self):
        return self

    def __next__(self):
        return 'step'

    def throw(self, *args):
        gc.collect()
        junk = [[i, str(i)] for i in range(200)]
        raise StopIteration(len(junk))


def outer():
    local = ['only', 'here', 123]
    got = yield from Receiver()
    print(local, got)
    return 'done'


it = outer()
print(next(it))
try:
    it.throw(ValueError('x'))
except StopIteration as e:
    print('returned', e.value)
