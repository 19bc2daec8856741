# types: string concatenation, repetition, membership, comparison and iteration
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b)
print(a * 3, 3 * a, a * 0, repr(a * -1))
print("-" * 20)
print("ab" * 2 + "c")
print("oo" in a, "x" in a, "" in a, a in a + b)
print("x" not in a)
print(a < b, a > b, a == "foo", "Foo" < "foo", "abc" < "abd", "ab" < "abc")
print(min("hello"), max("hello"), sorted("hello"))
print(len(a + b), len(a * 10))
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError:
    print("TypeError str + int")
try:
    "a" * "b"
except TypeError:
    print("TypeError str * str")
print([c for c in "abc"], list("xy"), tuple("pq"))
print(str(1) + str(2), int("1" + "2"))
print("abc" == "abc", "abc" != None, "a" * 3 == "aaa")
total = ""
for w in ["x", "y", "z"]:
    total = w + total
print(total)
print(ord("a") < ord("b"), chr(ord("a") + 1))
