# types: str.split and rsplit with and without separators and maxsplit
print("a b  c".split())
print("  leading and trailing  ".split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a::b::c".split("::"))
print("".split(), "".split(","))
print("   ".split(), "   ".split(" "))
print("no-sep".split(","))
print("a\tb\nc\r\nd".split())
print("1 2 3 4 5".split(" ", 2))
print("1 2 3 4 5".split(None, 2))
print("a,b,c".rsplit(",", 1))
print("a b c d".rsplit(None, 2))
print("a,b,c".rsplit(","))
print("x".split("x"), "xx".split("x"))
print("abcabc".split("bc"))
print("k=v=w".split("=", 1))
try:
    "abc".split("")
except ValueError:
    print("ValueError empty separator")
line = "name: Alice ; age: 30 ; city: Paris"
fields = [f.strip() for f in line.split(";")]
print(fields)
print([f.split(": ") for f in fields])
print("a\nb\nc".splitlines(), "a\nb\n".splitlines())
print("one two".split(maxsplit=1))
print("a-b-c".split(sep="-"))
