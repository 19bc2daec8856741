# exceptions: except clauses with tuples, handler order and first-match semantics
def trigger(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    return "ok"

for kind in ["zero", "key", "index", "type", "value", "none"]:
    try:
        r = trigger(kind)
        print(kind, "returned", r)
    except (KeyError, IndexError) as e:
        print(kind, "lookup group", type(e).__name__)
    except (TypeError, ValueError) as e:
        print(kind, "type/value group", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "arith", type(e).__name__)

try:
    [][1]
except LookupError:
    print("base class handler wins when first")
except IndexError:
    print("never reached")

errs = (ZeroDivisionError, ValueError)
try:
    1 / 0
except errs as e:
    print("tuple in variable", type(e).__name__)

try:
    try:
        {}[0]
    except (TypeError, ValueError):
        print("not matched")
except KeyError:
    print("propagated to outer KeyError")
try:
    raise ValueError("nested tuple")
except (TypeError, ValueError) as e:
    print(e)
