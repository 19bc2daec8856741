# exceptions2: `raise ... from None` hides the context in the printed traceback [exit 1]
def lookup(table, name):
    try:
        return table[name]
    except KeyError:
        raise AttributeError('no field %s' % name) from None

class Record:
    def __init__(self, **fields):
        self.fields = fields
    def get(self, name):
        return lookup(self.fields, name)

r = Record(a=1, b=2)
print(r.get('a'), r.get('b'))
print(r.get('c'))
