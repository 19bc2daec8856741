# ffi against libc and libm: functions, type codes, variables, callbacks (qsort), errors (.exp: CPython has no ffi module)
import ffi
import sys

libc = ffi.open("libc.so.6")
libm = ffi.open("libm.so.6")

strlen = libc.func("L", "strlen", "s")
print(strlen("hello"), strlen(""), strlen(b"abc\0def"), strlen(bytearray(b"xy\0")))
# (a C long is the host's word: 32 bits on 32-bit hosts)
print(libc.func("i", "abs", "i")(-42), libc.func("l", "labs", "l")(-(sys.maxsize // 2)) == sys.maxsize // 2)
print(libc.func("q", "llabs", "q")(-2**62))
print(libc.func("Q", "strtoull", "sPi")("18446744073709551615", None, 10))
print(libc.func("i", "atoi", "s")("-123"), libc.func("I", "atoi", "s")("-1"))
# small integer results are sign- or zero-extended by their code
toupper = libc.func("i", "toupper", "i")
print(toupper(ord("a")), libc.func("b", "abs", "i")(-200), libc.func("B", "abs", "i")(-200))
print(libc.func("h", "atoi", "s")("40000"), libc.func("H", "atoi", "s")("-1"))
# arguments are truncated to the C type, as C converts them
print(libc.func("i", "abs", "b")(255), libc.func("i", "abs", "h")(65535 + 2**16 * 3))

getenv = libc.func("s", "getenv", "s")
print(getenv("NO_SUCH_VARIABLE_FOR_FFI_TEST"), type(getenv("PATH")))
setenv = libc.func("i", "setenv", "ssi")
print(setenv("FFI_TEST_VAR", "value 1", 1), getenv("FFI_TEST_VAR"))
libc.func("i", "unsetenv", "s")("FFI_TEST_VAR")
print(getenv("FFI_TEST_VAR"))

# floats in and out
sqrt = libm.func("d", "sqrt", "d")
powf = libm.func("f", "powf", "ff")
print(sqrt(2), sqrt(16.0), powf(2, 10), libm.func("d", "ldexp", "di")(0.75, 4))
print(libm.func("d", "fabs", "d")(-2.5), libm.func("f", "fabsf", "f")(-0.5))

# writing into buffers: snprintf fills a bytearray
snprintf = libc.func("i", "snprintf", "PLsi")
buf = bytearray(32)
n = snprintf(buf, len(buf), "n=%d!", 42)
print(n, bytes(buf[:n]))
memset = libc.func("P", "memset", "PiL")
memset(buf, ord("z"), 4)
print(bytes(buf[:6]))

# callbacks: qsort with a Python comparison
data = bytearray([5, 3, 9, 1, 7, 1, 200])
calls = []


def cmp(pa, pb):
    a = ffi.as_bytearray(pa, 1)[0]
    b = ffi.as_bytearray(pb, 1)[0]
    calls.append(1)
    return (a > b) - (a < b)


cb = ffi.callback("i", cmp, "PP")
qsort = libc.func("v", "qsort", "PLLC")
print(qsort(data, len(data), 1, cb), list(data), len(calls) > 0)
desc = ffi.callback("i", lambda pa, pb: ffi.as_bytearray(pb, 1)[0] - ffi.as_bytearray(pa, 1)[0], "PP")
qsort(data, len(data), 1, desc)
print(list(data))
print(type(cb.cfun()), cb.cfun() != 0)
# a callback's pointer goes through an ffi.func made from an address too
call_cmp = ffi.func("i", cb.cfun(), "PP")
print(call_cmp(b"\x02", b"\x05"), call_cmp(b"\x05", b"\x02"))
# a callback with float and typed-integer arguments
twice = ffi.callback("d", lambda x, n: x * n, "di")
print(ffi.func("d", twice.cfun(), "di")(1.25, 4))
signed = ffi.callback("i", lambda c: c, "b")
print(ffi.func("i", signed.cfun(), "i")(255))

# variables
optind = libc.var("i", "optind")
print(optind.get())
optind.set(7)
print(optind.get())
optind.set(1)
errno = libc.var("i", "errno")
libc.func("i", "close", "i")(-1)
print(errno.get())   # EBADF

# addresses
print(ffi.func("i", libc.addr("abs"), "i")(-5), libc.addr("abs") == libc.addr("abs"))
print(ffi.open(None).func("i", "abs", "i")(-6))


def check(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: ffi.open("libno_such_library_xyz.so"))
check(lambda: libc.func("i", "no_such_function_xyz", "i"))
check(lambda: libc.var("i", "no_such_variable_xyz"))
check(lambda: libc.func("z", "abs", "i"))
check(lambda: libc.func("i", "abs", "iv"))
check(lambda: libc.func("ii", "abs", "i"))
check(lambda: libc.func("i", "abs", 5))
check(lambda: libc.func("i", 5, "i"))
check(lambda: libc.func("i", "abs", "i")())
check(lambda: libc.func("i", "abs", "i")(1, 2))
check(lambda: libc.func("i", "abs", "i")([1]))
check(lambda: libc.func("i", "abs", "i")(x=1))
check(lambda: sqrt("x"))
check(lambda: ffi.callback("i", 5, "i"))
check(lambda: ffi.callback("i", cmp))
check(lambda: ffi.as_bytearray(0, -1))
print(ffi.as_bytearray(0, 0))
libm.close()
check(lambda: libm.func("d", "sqrt", "d"))

# an exception in a callback cannot unwind through qsort: it is printed (to
# sys.stderr, caught here) and the callback returns 0
def bad(pa, pb):
    raise ValueError("boom")


class Catch:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)


data = bytearray([2, 1])
saved, sys.stderr = sys.stderr, Catch()
try:
    qsort(data, 2, 1, ffi.callback("i", bad, "PP"))
finally:
    caught, sys.stderr = sys.stderr, saved
lines = caught.text.splitlines()
print("after", list(data), lines[0], lines[1], lines[-1])
