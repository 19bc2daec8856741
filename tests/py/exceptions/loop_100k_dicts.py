# exceptions: a 100,000-iteration loop building a list of dicts, with exceptions handled along the way
records = []
errors = 0
for i in range(100000):
    try:
        if i % 10007 == 0:
            raise ValueError(i)
        records.append({"id": i, "sq": i * i % 1000, "tag": "even" if i % 2 == 0 else "odd"})
    except ValueError:
        errors += 1
print(len(records), errors)
print(records[0], records[-1])
total = 0
evens = 0
for r in records:
    total += r["sq"]
    if r["tag"] == "even":
        evens += 1
print(total, evens)
missing = 0
for r in records[:1000]:
    try:
        r["absent"]
    except KeyError:
        missing += 1
print(missing)
by_tag = {}
for r in records:
    by_tag[r["tag"]] = by_tag.get(r["tag"], 0) + 1
print(by_tag)
print(sum([r["id"] for r in records]) % 1000003)
