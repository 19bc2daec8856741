# str predicates and case mappings agree with CPython's Unicode database over a sample of every plane
# (every code point below U+1000, then every 13th), summarised per block of 4096 code points.
preds = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable',
         'isupper', 'islower', 'istitle', 'isidentifier', 'isalnum']
maps = ['upper', 'lower', 'title', 'casefold', 'swapcase', 'capitalize']
for base in range(0, 0x110000, 0x1000):
    sums = [0] * (len(preds) + len(maps))
    step = 1 if base == 0 else 13
    for cp in range(base + base % step, base + 0x1000, step):
        c = chr(cp)
        for i, p in enumerate(preds):
            if getattr(c, p)():
                sums[i] += cp
        for j, m in enumerate(maps):
            r = getattr(c, m)()
            if r != c:
                sums[len(preds) + j] += sum(ord(x) for x in r) * len(r) + cp
    if any(sums):
        print(hex(base), sums)
# the characters a final sigma looks past (Case_Ignorable) and whether they are cased
ign = []
for cp in list(range(0, 0x3000)) + list(range(0xfe00, 0x10000)):
    c = chr(cp)
    if 0xd800 <= cp < 0xe000:
        continue
    if ('A' + c + '\u03a3').lower()[-1] == '\u03c2' and ('1' + c + '\u03a3').lower()[-1] == '\u03c3':
        ign.append(cp)
print(len(ign), sum(ign))
