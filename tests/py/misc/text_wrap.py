# misc: greedy word wrapping, justification and centring of a paragraph
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs. How vexingly quick daft zebras jump! Sphinx of "
        "black quartz, judge my vow.")

def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps = len(line) - 1
    spaces = width - sum([len(w) for w in line])
    out = ""
    for i, w in enumerate(line[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + line[-1]

def centre(s, width):
    left = (width - len(s)) // 2
    return " " * left + s + " " * (width - len(s) - left)

words = text.split()
for width in (20, 32):
    print("=" * width)
    lines = wrap(words, width)
    for i, line in enumerate(lines):
        if i < len(lines) - 1:
            print("|" + justify(line, width) + "|")
        else:
            print("|" + " ".join(line) + " " * (width - len(" ".join(line))) + "|")
    print("|" + centre("centred", width) + "|")
print(max([len(w) for w in words]), len(words))
