# misc: a small hand-written tokenizer for an arithmetic/assignment language
KEYWORDS = ["let", "print", "if", "else"]

def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in " \t":
            i += 1
        elif c == "\n":
            tokens.append(("NEWLINE", "\\n"))
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("FLOAT" if "." in text else "INT", text))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalpha() or src[j].isdigit() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "**"):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/=<>()":
            tokens.append(("OP", c))
            i += 1
        else:
            raise ValueError("bad char %r at %d" % (c, i))
    return tokens

program = 'let x = 3.5 * (y + 42) # comment\nprint "hi" x ** 2\nif x >= 10 else_ 1'
for kind, text in tokenize(program):
    print(kind, text)
counts = {}
for kind, _ in tokenize(program):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
try:
    tokenize("a $ b")
except ValueError as e:
    print("ValueError", e)
