# exceptions2: caret lines under subscripts, binary operators, attributes and calls in uncaught tracebacks [exit 1]
def get(d, k):
    return d[k]['inner']

def combine(a, b):
    return (a + 1) * get(b, 'key')

def outer():
    table = {'key': {'other': 1}}
    value = combine(2, table) + 5
    return value

print('before')
outer()
