# micropython.mem_info/qstr_info (MicroPython-only, so a .exp file): report shape, numbers consistent with gc, written to sys.stdout
import micropython, sys, io, gc
def capture(fn, *args):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        r = fn(*args)
    finally:
        sys.stdout = old
    return r, buf.getvalue()
r, text = capture(micropython.mem_info)
lines = text.split('\n')
print(r, len(lines), lines[0].split()[0], lines[1].split()[:2], repr(lines[-1]))
nums = [int(w.strip(',')) for w in lines[1].split()[2:] if w.strip(',').isdigit()]
total, used, free = nums
print(total == used + free, used > 0, free > 0)
print(capture(micropython.mem_info, 1)[1].split('\n')[0].startswith('stack: '))
r, text = capture(micropython.qstr_info)
print(r, text.startswith('qstr pool: n_pool=1, n_qstr='), text.endswith('\n'))
