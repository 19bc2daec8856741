# params: walrus in if/while/elif conditions, call arguments, chains and nested expressions
data = [5, 3, 0, 7]
i = 0
while (v := data[i]) != 0:
    print('v', v)
    i += 1
print('stopped at', i, v)

def classify(n):
    if (half := n // 2) > 3:
        return 'big', half
    elif (third := n // 3) > 1:
        return 'mid', half, third
    else:
        return 'small', half, third
for n in (10, 5, 2):
    print(classify(n))

# as call arguments and in nested expressions
print(max(a := 3, b := 7), a, b)
print((c := 2) * (c + 1), c)
print([x := 1, x + 1, x + 2])
print(x)

# in a conditional expression and boolean operators
y = 'set' if (z := 0) else 'unset'
print(y, z)
print((p := 0) or (q := 5), p, q)
print((r := 1) and (s := 2), r, s)

# rebinding inside a loop body
lines = ['a', 'bb', '', 'ccc']
it = iter(lines)
while (line := next(it)):
    print(len(line), line)

# walrus value is the assigned value
print((t := [1, 2]) is t)
# in a lambda body (binds in the lambda's scope)
f = lambda k: (u := k + 1) * u
print(f(3))
try:
    print(u)
except NameError as e:
    print('NameError', e)
# in subscripts and slices
arr = list(range(10))
print(arr[(lo := 2):(hi := lo + 3)], lo, hi)
# in an f-string (needs parentheses)
print(f'{(fs := 42)}', fs)
# in a while with else
n = 3
while (n := n - 1) > 0:
    print('n', n)
else:
    print('else with n', n)
