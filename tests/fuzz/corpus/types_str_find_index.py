# types: find, rfind, index, rindex with start/end arguments and failures
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"))
print(s.rfind("hello"), s.rfind("o"), s.rfind("xyz"))
print(s.find("o", 5, 10), s.find("o", 8, 10))
print(s.index("world"), s.rindex("l"))
print(s.find(""), s.rfind(""), len(s))
print(s.find("h", -6), s.find("n", -1))
print("aaa".find("aa"), "aaa".rfind("aa"))
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4))
try:
    s.index("missing")
except ValueError:
    print("ValueError from index")
try:
    s.rindex("missing")
except ValueError:
    print("ValueError from rindex")
print("abcabc".index("c", 3))
pos = -1
found = []
while True:
    pos = s.find("l", pos + 1)
    if pos < 0:
        break
    found.append(pos)
print(found)
print("x" in s, "world" in s, "World" in s)
print("hello".partition("l"), "hello".rpartition("l"), "hello".partition("z"))
