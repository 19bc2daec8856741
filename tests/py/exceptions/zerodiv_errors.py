# exceptions: ZeroDivisionError from int and float /, //, %, divmod and pow
ops = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.5 / 0,
    lambda: 1.5 // 0.0,
    lambda: 1.5 % 0.0,
    lambda: 2 ** 100 // 0,
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except ZeroDivisionError as e:
        print(i, type(e).__name__, isinstance(e, ArithmeticError))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else 0
print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0), safe_div(6, 3))
x = 0
try:
    x = 10 // x
except ZeroDivisionError:
    x = -1
print(x)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
