# exceptions: order of try/except/else/finally execution in all flow combinations
log = []
def run(raise_in_try, raise_in_except, raise_in_else):
    log.clear()
    try:
        try:
            log.append("try")
            if raise_in_try:
                raise ValueError
        except ValueError:
            log.append("except")
            if raise_in_except:
                raise KeyError
        else:
            log.append("else")
            if raise_in_else:
                raise IndexError
        finally:
            log.append("finally")
    except Exception as e:
        log.append("outer:" + type(e).__name__)
    return " ".join(log)
for a in (False, True):
    for b in (False, True):
        for c in (False, True):
            print(a, b, c, "->", run(a, b, c))
def nested():
    out = []
    try:
        out.append(1)
        try:
            out.append(2)
            raise ValueError
        finally:
            out.append(3)
        out.append("skipped")
    except ValueError:
        out.append(4)
    finally:
        out.append(5)
    return out
print(nested())
