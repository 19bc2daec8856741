# str slicing with every step sign and size over mixed-width UTF-8 text, clamped bounds
s = 'aé€😀b' * 7
for st in [1, 2, 3, -1, -2, -5, 7, 100, -100]:
    for a in [None, 0, 3, -4, 50, -50]:
        for z in [None, 0, 5, -3, 50, -50]:
            print(ascii(s[a:z:st]), end=' ')
    print()
