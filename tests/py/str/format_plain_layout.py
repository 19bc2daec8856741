# format() of ints and floats laid out without grouping: every align, fill, sign, width and prefix.
# SPDX-License-Identifier: MIT

vals = [0, 7, -7, 12345, -12345, 2**70, -(2**70), True, 0.5, -2.25, 1e20, float("inf"),
        float("-nan")]
specs = ["", "5", "05", "<6", ">6", "^7", "=8", "*^9", "x<6", "0=8", "+", " ", "-", "+08",
         " 8", "#x", "#010x", "#o", "#b", "X", "#X", "12d", "^12n", ".2f", "010.3f", "=+12.1e",
         "%", "^15%", "g", "#8g", "z.1f", "é>6", "é^7", "€=10", "1", "30", "<1"]
for v in vals:
    for spec in specs:
        try:
            r = format(v, spec)
        except (ValueError, TypeError) as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(v), repr(spec), repr(r))
print(f"{5:05d}:{12:x}", f"{-3:>4}|{3:<4}|{3:^5}|", "{0:>6}".format(42), "{:=+6}".format(-4))
print(format(12345678, ","), format(1234, "_x"), format(-1234567, "012,"), format(3, "é^5,"))
