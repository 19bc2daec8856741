# time: time/time_ns, sleep, gmtime/localtime fields, mktime round trip, errors
import time
t0 = time.time()
n0 = time.time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 1.6e9, n0 > 1.6e18)
time.sleep(0.01)
time.sleep(0)
print(0.005 < time.time() - t0 < 5)
g = time.gmtime(0)
print(g[:8], g.tm_year, g.tm_wday, g.tm_yday)
print(time.gmtime(1700000000.7)[:8], time.gmtime(-86400)[:8])
print(time.gmtime(951782400)[:8], time.gmtime(4102444800)[:8])
for secs in [0, 86399, 1e9, 1234567890, 2 ** 31]:
    lt = time.localtime(secs)
    print(int(time.mktime(lt)) == secs, lt[0] >= 1969)
lt = time.localtime()
print(len(lt[:8]), 1 <= lt[1] <= 12, 1 <= lt[2] <= 31, 0 <= lt[6] <= 6, 1 <= lt[7] <= 366)
print(abs(time.mktime(time.localtime()) - time.time()) < 5)
print(time.gmtime(None)[0] >= 2024)
for bad in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.gmtime('x'),
            lambda: time.mktime((1, 2))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
