# exceptions: try/except inside loops with break, continue and accumulated results
values = ["10", "x", "30", "", "50", "stop", "70"]
total = 0
bad = []
for v in values:
    if v == "stop":
        break
    try:
        n = int(v)
    except ValueError:
        bad.append(v)
        continue
    total += n
print(total, bad)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise RuntimeError("attempt %d failed" % attempts)
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print(e)
data = {"a": 1, "c": 3}
found = []
for key in "abcd":
    try:
        found.append(data[key])
    except KeyError:
        found.append(None)
    finally:
        found.append("|")
print(found)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(["a", None, [1], "42", "7"]), first_int(["x"]))
count = 0
for i in range(1000):
    try:
        if i % 3 == 0:
            raise ValueError
        count += 1
    except ValueError:
        count -= 1
print(count)
