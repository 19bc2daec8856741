# cmath: C99 Annex G special values (infinities, NaNs, signed zeros) of every function, and which raise ValueError
import cmath, math
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, -2.5, inf, -inf, nan]
for name in ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh']:
    f = getattr(cmath, name)
    for re in vals:
        for im in vals:
            if not (math.isinf(re) or math.isnan(re) or math.isinf(im) or math.isnan(im)): continue
            try: r = repr(f(complex(re, im)))
            except Exception as e: r = type(e).__name__
            print(name, re, im, r)
