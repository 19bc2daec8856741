# types: upper, lower, capitalize and the is* character classification methods
s = "Hello World 123"
print(s.upper(), s.lower())
print("hELLO"[0].upper() + "hELLO"[1:].lower())
print("abc".isalpha(), "ab1".isalpha(), "".isalpha())
print("123".isdigit(), "12a".isdigit(), "".isdigit())
print(" \t\n".isspace(), " a ".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "AB1".isupper(), "123".isupper())
print("abc".islower(), "aBc".islower(), "ab1".islower(), "123".islower())
print("ABC1".lower(), "abc1".upper())
print([c.isupper() for c in "aB1 "])
print("MiXeD".lower() == "mixed", "MiXeD".upper() == "MIXED")
print("123".upper(), "".lower())
words = "the Quick BROWN fox".split()
print([w.lower() for w in words])
print([w[0].upper() + w[1:].lower() for w in words])
count_upper = 0
for ch in "Python Is FUN":
    if ch.isupper():
        count_upper += 1
print(count_upper)
print("a-b_c!".upper(), "A-B_C!".lower())
