# scopes: names bound in branches, loops, try, with and except clauses are function locals
def branches(flag):
    if flag:
        a = 'if'
    else:
        b = 'else'
    out = []
    for name in ('a', 'b'):
        try:
            out.append(eval_name(name, locals()))
        except KeyError:
            out.append(name + ' unbound')
    return out
def eval_name(n, ns):
    return ns[n]
print(branches(True), branches(False))
def loop_vars():
    for i in range(3):
        last = i * 2
    while False:
        never = 1
    try:
        return i, last, never
    except UnboundLocalError as e:
        return i, last, 'UnboundLocalError: ' + str(e)
print(loop_vars())
def try_defs(fail):
    try:
        if fail:
            raise ValueError
        t = 'try'
    except ValueError:
        e = 'except'
    else:
        el = 'else'
    finally:
        fi = 'finally'
    return sorted(k for k in locals() if k != 'fail')
print(try_defs(False), try_defs(True))
class CM:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return False
def with_defs():
    with CM() as w:
        inside = w.upper()
    return w, inside
print(with_defs())
def defs_in_branch(flag):
    if flag:
        def helper():
            return 'helper A'
    else:
        def helper():
            return 'helper B'
    return helper()
print(defs_in_branch(True), defs_in_branch(False))
def class_in_loop():
    made = []
    for i in range(2):
        class K:
            n = i
        made.append(K)
    return [k.n for k in made], made[0] is made[1]
print(class_in_loop())
def import_local():
    import sys as s
    return s.__name__, 'sys' in dir()
print(import_local())
