# misc: a recursive serializer for nested dicts/lists/strings/numbers and a matching parser
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        if not v:
            return "[]"
        inner = [pad + "  " + dump(x, indent + 1) for x in v]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = [pad + "  " + dump(k) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError("cannot serialize " + type(v).__name__)

def parse(s):
    pos = [0]
    def ws():
        while pos[0] < len(s) and s[pos[0]] in " \n\t":
            pos[0] += 1
    def value():
        ws()
        c = s[pos[0]]
        if c == "{":
            pos[0] += 1
            out = {}
            ws()
            if s[pos[0]] == "}":
                pos[0] += 1
                return out
            while True:
                k = value()
                ws(); pos[0] += 1
                out[k] = value()
                ws()
                c = s[pos[0]]; pos[0] += 1
                if c == "}":
                    return out
        if c == "[":
            pos[0] += 1
            out = []
            ws()
            if s[pos[0]] == "]":
                pos[0] += 1
                return out
            while True:
                out.append(value())
                ws()
                c = s[pos[0]]; pos[0] += 1
                if c == "]":
                    return out
        if c == '"':
            j = pos[0] + 1
            buf = ""
            while s[j] != '"':
                if s[j] == "\\":
                    j += 1
                buf += s[j]
                j += 1
            pos[0] = j + 1
            return buf
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        j = pos[0]
        while j < len(s) and s[j] in "-+.0123456789e":
            j += 1
        text = s[pos[0]:j]
        pos[0] = j
        return float(text) if ("." in text or "e" in text) else int(text)
    return value()

doc = {"name": "widget", "tags": ["a", "b \"q\""], "size": {"w": 2.5, "h": -3},
       "ok": True, "none": None, "empty": [], "obj": {}, "big": 2 ** 70}
text = dump(doc)
print(text)
back = parse(text)
print(back == doc, list(back) == list(doc))
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
