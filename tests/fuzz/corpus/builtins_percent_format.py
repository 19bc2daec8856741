# builtins: printf-style % formatting basics (%d %s %r %f %x %%) in one place
print("%d" % 5)
print("%d items" % 42, "%d-%d" % (1, 2))
print("%s and %s" % ("this", "that"))
print("%s" % [1, 2], "%s" % (None,), "%s" % True)
print("%r %r" % ("str", 1.5))
print("%d%%" % 50)
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %.0f %f" % (3.14159, 2.5, 1.5))
print("%x %X %o" % (255, 255, 8))
print("%s" % "single")
print("%c%c" % (72, "i"))
print("%d" % -7, "%d" % 3.9, "%d" % True)
print("%d" % (2 ** 70))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef")
print("%.1e" % 12345.678, "%.2e" % 0.000123)
try:
    "%d" % "x"
except TypeError:
    print("TypeError")
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError not enough")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError not all converted")
