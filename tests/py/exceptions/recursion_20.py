# exceptions: an exception raised 20 calls deep propagates through all frames
depth_seen = []
def dive(n):
    depth_seen.append(n)
    if n == 20:
        raise ValueError("bottom reached at %d" % n)
    return dive(n + 1)
try:
    dive(1)
except ValueError as e:
    print(e, len(depth_seen))
def dive_finally(n, log):
    try:
        if n == 20:
            raise KeyError(n)
        dive_finally(n + 1, log)
    finally:
        log.append(n)
log = []
try:
    dive_finally(1, log)
except KeyError as e:
    print("KeyError", e.args, log[:3], log[-3:], len(log))
def dive_catch(n):
    if n == 20:
        raise IndexError("deep")
    try:
        return dive_catch(n + 1)
    except IndexError:
        if n == 10:
            return "caught at level 10"
        raise
print(dive_catch(1))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(20), sum_to(200))
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n])
print(count_down(20, []))
