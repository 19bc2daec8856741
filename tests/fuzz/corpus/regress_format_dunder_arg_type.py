# __format__ with a non-str spec: CPython 3.11 wording, None named as None
for f in [lambda: (1.0).__format__(1), lambda: object().__format__(1), lambda: (1).__format__(None), lambda: 'x'.__format__(2), lambda: object().__format__('x'), lambda: format(object(), 'x')]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
