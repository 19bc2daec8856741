# scopes: deleting and rebinding names in loops and functions; del of loop variables and cells
def loop_del():
    out = []
    for i in range(3):
        x = i * 10
        out.append(x)
        del x
    try:
        x
    except UnboundLocalError as e:
        out.append('after loop: ' + str(e))
    return out
print(loop_del())
def rebind_after_del():
    v = 1
    del v
    v = 2
    return v
print(rebind_after_del())
def del_loop_target():
    for j in range(2):
        pass
    del j
    for j in range(5, 6):
        pass
    return j
print(del_loop_target())
def del_cell_then_rebind():
    c = 'first'
    get = lambda: c
    del c
    try:
        get()
    except NameError as e:
        msg = str(e)
    c = 'second'
    return msg, get()
print(del_cell_then_rebind())
g1 = 'g'
def del_global_then_read():
    global g1
    del g1
    try:
        return g1
    except NameError as e:
        return 'NameError: ' + str(e)
print(del_global_then_read())
g1 = 'restored'
print(g1)
def del_in_except():
    try:
        raise KeyError('k')
    except KeyError as err:
        saved = err
        del err
    return type(saved).__name__
print(del_in_except())
lst = [1, 2, 3]
alias = lst
del lst
print(alias)
d = {'a': 1}
del d['a']
d['a'] = 2
print(d)
