# scopes: UnboundLocalError and NameError after del, before assignment and in nested scopes
def attempt(fn):
    try:
        print(fn())
    except NameError as e:
        print(type(e).__name__, e)
def before():
    v = w + 1
    w = 2
    return v
attempt(before)
def after_del():
    x = 1
    del x
    return x
attempt(after_del)
def del_twice():
    x = 1
    del x
    del x
attempt(del_twice)
def del_unassigned():
    del never
    never = 1
attempt(del_unassigned)
def shadows_global():
    print_me = glob
    glob = 'local'
    return print_me
glob = 'global'
attempt(shadows_global)
def aug():
    glob += 'x'
    return glob
attempt(aug)
def conditional(flag):
    if flag:
        val = 'set'
    return val
attempt(lambda: conditional(True))
attempt(lambda: conditional(False))
def loop_not_run():
    for item in []:
        pass
    return item
attempt(loop_not_run)
def free_unbound():
    def inner():
        return cell
    r = []
    try:
        r.append(inner())
    except NameError as e:
        r.append(type(e).__name__ + ': ' + str(e))
    cell = 'later'
    r.append(inner())
    return r
attempt(free_unbound)
def free_deleted():
    cell = 1
    def inner():
        return cell
    del cell
    return inner()
attempt(free_deleted)
def del_cell():
    c = 1
    def inner(): return c
    del c
    return c
attempt(del_cell)
attempt(lambda: undefined_name)
def del_global_missing():
    global gone
    del gone
attempt(del_global_missing)
print(issubclass(UnboundLocalError, NameError))
def reassigned_in_except():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    return exc
attempt(reassigned_in_except)
class C:
    def m(self):
        return undefined_in_method
attempt(lambda: C().m())
def comp_unbound():
    return [q for _ in range(1)] if False else [q for _ in range(1)]
attempt(comp_unbound)
