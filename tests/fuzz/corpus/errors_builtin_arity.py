# errors: TypeError texts when builtins get too few/many arguments (CPython 3.11 wording)
calls = [lambda: round(), lambda: abs(), lambda: divmod(1), lambda: pow(1), lambda: len(),
         lambda: chr(), lambda: isinstance(1), lambda: getattr(1), lambda: sorted(),
         lambda: iter(), lambda: next(), lambda: repr(), lambda: sum(), lambda: min(),
         lambda: setattr(1, 2), lambda: abs(1, 2), lambda: len(1, 2), lambda: hasattr(1),
         lambda: round(1, 2, 3), lambda: pow(1, 2, 3, 4), lambda: sum(1, 2, 3),
         lambda: divmod(1, 2, 3), lambda: iter(1, 2, 3), lambda: next(1, 2, 3),
         lambda: sorted(1, 2), lambda: max(), lambda: oct(1, 2), lambda: getattr(1, 2, 3, 4),
         lambda: isinstance(1, 2, 3), lambda: delattr(1), lambda: reversed(),
         lambda: list(1, 2), lambda: tuple(1, 2), lambda: dict(1, 2), lambda: set(1, 2),
         lambda: range(), lambda: range(1, 2, 3, 4), lambda: bool(1, 2), lambda: float(1, 2),
         lambda: type(), lambda: type(1, 2), lambda: int(1, 2, 3), lambda: callable(1, 2),
         lambda: round(1.5, foo=1), lambda: sum([], strt=1), lambda: sorted([], kee=1),
         lambda: min([1], kee=1), lambda: print(sepp=''), lambda: len(obj=[])]
for c in calls:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
print(round(number=2.5), round(2.675, ndigits=2), pow(base=2, exp=10), pow(2, exp=3, mod=5), sum([1], start=2))
