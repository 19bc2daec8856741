# format(x, '.N') with no type and N above ~40 read a cut exponent text past its end and crashed (segfault)
for v in (0.0, 1.5, -2.5e-7, 9.99999, 123456.0, 1e300, 5e-324, float("inf"), float("nan")):
    for p in (40, 45, 50, 120):
        t = format(v, "." + str(p))
        print(p, t[:60], len(t), "{:.{}}".format(v, p) == t)
print(format(1e300, ".400")[-8:], "{:>70.48}|".format(0.1), "%s" % format(-0.0, ".60"))
