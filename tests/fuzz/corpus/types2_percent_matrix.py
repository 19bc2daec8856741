# types2: printf-style % formatting across conversions and value types, mapping keys, * width/precision and error texts
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
for fmt in ['%d', '%i', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%o', '%#o', '%e', '%.2e', '%E', '%f', '%.0f', '%#.0f', '%g', '%.3g', '%#g', '%G', '%s', '%r', '%a', '%c', '%10.3f|', '%-10s|', '%.1s', '%5%', '%u']:
    for v in [0, -1, 42, 3.75, -2.5, 1e20, 2**70, True, 'x', 'é', None, [1]]:
        show(lambda: fmt % v)
show(lambda: '%s %s' % ('a',))
show(lambda: '%s' % ('a', 'b'))
show(lambda: '%s' % (('a', 'b'),))
show(lambda: '%s' % [1, 2])
show(lambda: '%(x)s %(y)r' % {'x': 1, 'y': 'q'})
show(lambda: '%(x)s' % {'y': 1})
show(lambda: '%(x)s %s' % {'x': 1})
show(lambda: '%*.*f' % (8, 2, 3.14159))
show(lambda: '%-*d|' % (4, 7))
show(lambda: '%.*s' % (2, 'abcdef'))
show(lambda: '%' % 1)
show(lambda: '%y' % 1)
show(lambda: '%d%%' % 50)
show(lambda: '%s' % {})
show(lambda: '%s' % {'a': 1})
show(lambda: '%d' % {'a': 1})
show(lambda: 'no fmt' % ())
show(lambda: 'no fmt' % 5)
show(lambda: 'no fmt' % {})
show(lambda: 'no fmt' % [])
show(lambda: '%c' % 'ab')
show(lambda: '%c' % '')
show(lambda: '%x' % 3.5)
show(lambda: '%d' % '5')
show(lambda: '%.3d' % 5)
show(lambda: '%+.3x' % 255)
show(lambda: '%#5X' % 255)
for f in ['%5%', '%-%', '%.2%', '%(a)%', '%(a)5%', '%*%', '%#%', '% %', '%0%', '%%', '%%%d', '100%%', '%s%%%s']:
    for a in [(), 1, {'a': 1}, (1,), (5, 2)]:
        show(lambda: f % a)
