# generators: consumed by built-ins (list, tuple, dict, set, zip, map, sorted, enumerate...)
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)), tuple(squares(3)))
print(set(squares(4)) == {0, 1, 4, 9})
print(dict(zip(squares(3), "abc")))
print(list(map(str, squares(4))))
print(list(filter(None, squares(4))))
print(sorted(squares(5), reverse=True))
print(list(enumerate(squares(3), 1)))
print(sum(squares(10)), max(squares(10)), min(squares(10)))
print(any(x > 50 for x in squares(10)), all(x < 100 for x in squares(10)))
print(" ".join(str(x) for x in squares(4)))
print(list(reversed(list(squares(4)))))
a, b, *rest = squares(5)
print(a, b, rest)
print([*squares(3), *squares(2)])
print(len(list(squares(1000))))
print(next(squares(0), "default"))
print(list(zip(squares(10), range(3))))
print(3 in squares(10), 5 in squares(3))
l = [1, 2]
l.extend(squares(3))
print(l)
print(str().join(map(chr, (65 + i for i in range(5)))))
def pairs():
    yield "a", 1
    yield "b", 2
print(dict(pairs()))
