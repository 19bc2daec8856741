# basics: while loops with else, break and continue
i = 0
while i < 5:
    print(i)
    i += 1
else:
    print("else after normal end", i)

i = 0
while i < 10:
    if i == 3:
        print("break at", i)
        break
    i += 1
else:
    print("not printed")

i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print("sum of evens", total)

n = 0
while n < 3:
    m = 0
    while True:
        m += 1
        if m > n:
            break
    print("inner ran", m, "for", n)
    n += 1

while False:
    print("never")
else:
    print("else of empty while")

count = 0
while count < 100:
    count += 7
    if count > 30:
        break
print(count)
