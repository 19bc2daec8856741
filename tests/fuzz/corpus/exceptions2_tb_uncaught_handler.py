# exceptions2: an error inside an except block, inside a loop, with the loop's exception as context [exit 1]
def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            out.append(item.nonexistent)
    return out

print(parse_all(['1', '2']))
parse_all(['3', 'x4'])
