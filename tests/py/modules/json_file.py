# json.dump and json.load on files and file-like objects, with keyword options passed through
import json, os, sys
name = 'json_file_%s.tmp' % sys.implementation.name
data = {"name": "é", "values": [1, 2.5, None, True], "nested": {"k": []}}
with open(name, 'w') as f:
    print(json.dump(data, f, indent=2, sort_keys=True))
with open(name) as f:
    print(f.read())
with open(name) as f:
    print(json.load(f) == data)
with open(name) as f:
    print(json.load(f, object_pairs_hook=lambda p: [k for k, v in p]))
with open(name, 'w') as f:
    f.write('{"a": 1,}')
with open(name) as f:
    try:
        json.load(f)
    except ValueError as e:
        print(type(e).__name__, e)
os.remove(name)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
json.dump([1, {"a": "b"}], w, separators=(',', ':'))
print(''.join(w.parts))
class R:
    def read(self):
        return '[1, 2]'
print(json.load(R()))
