# types: startswith and endswith with strings, tuples and ranges
s = "filename.txt"
print(s.startswith("file"), s.startswith("name"), s.startswith(""))
print(s.endswith(".txt"), s.endswith(".py"), s.endswith(""))
print(s.startswith(("a", "fi")), s.endswith((".py", ".txt")))
print(s.startswith(("x", "y")), s.endswith(()))
print(s.startswith("name", 4), s.startswith("name", 5))
print(s.endswith("name", 0, 8), s.endswith("file", 0, 4))
print("".startswith(""), "".endswith("a"))
print("abc".startswith("abcd"), "abc".endswith("zabc"))
files = ["a.py", "b.txt", "c.py", "d.md", "test_x.py"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.startswith("test_")])
print("Hello".startswith("h"), "Hello".lower().startswith("h"))
try:
    s.startswith(5)
except TypeError:
    print("TypeError")
print(s.startswith("txt", -3), s.endswith("file", -20, 4))
