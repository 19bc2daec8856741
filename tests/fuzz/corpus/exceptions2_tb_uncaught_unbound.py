# exceptions2: carets under the name in UnboundLocalError and NameError tracebacks [exit 1]
total = 0

def add(values):
    for v in values:
        total = total + v
    return total

def safe_add(values):
    try:
        return add(values)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
        return missing_helper(values) + 1

print(safe_add([]))
safe_add([1, 2])
