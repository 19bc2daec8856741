# exceptions2: an uncaught exception prints a traceback with source lines and carets (stderr is compared) [exit 1]
def ratio(a, b):
    return a / b

def average(values, count):
    total = sum(values)
    return ratio(total, count) * 1.0

def report(data):
    print('report for', len(data), 'values')
    result = average(data, len(data) - 3)
    print('not reached', result)

print('start')
report([1, 2, 3])
print('not reached either')
