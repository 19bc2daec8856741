# %-format and format() of floats whose text fits a small stack buffer and those that do not (long precision, huge values)
vals = [0.0, -0.0, 1.5, -2.25, 0.125, 1.005, 2.675, 1 / 7, 123456.789, 1e22, -1e300, 1e-300, 5e-324,
        float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308]
for v in vals:
    print("%.2f|%f|%10.3f|%-12.1f|%+.0f|%#.0f|%e|%g|%.60f|%5.1e" % (v, v, v, v, v, v, v, v, v, v))
    print(format(v, ".2f"), format(v, "f"), format(v, "12.4"), format(v, ".70f")[:90], format(v, "%"),
          format(v, ".3e"), format(v, "#.1g"), format(v, ".17g"), "{:.50}".format(v))
print("%.2f" % 7, "%f" % True, "%.2f" % (10 ** 30), len("%f" % 1e300), len("%.100f" % 1.0), ("%.62f" % 0.1)[-5:])
print(len(format(1e300, "f")), format(2 ** 70, ".1f"), format(-1e63, ".0f"), format(1e62, "f")[:20])
