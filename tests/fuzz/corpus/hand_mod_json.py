# fuzz seed: json encoding and decoding, separators, errors
import json
doc = '{"a": [1, 2.5e-3, -0, true, false, null, "\\u00e9\\ud83d\\ude00\\n"], "b": {"c": {}}, "d": []}'
v = json.loads(doc)
print(v, json.dumps(v), json.dumps(v, separators=(',', ':')), json.dumps(v, indent=2, sort_keys=True))
for bad in ('[1,]', '{"a" 1}', '"\\x"', '01', 'nul', '[' * 50, '1 2', '"\\ud800"', '-Infinity', 'NaN'):
    try: print(json.loads(bad))
    except ValueError as e: print(type(e).__name__, e)
print(json.dumps([float('inf'), 1e100, 10**30, 'é', (1, 2)]), json.dumps('x', ensure_ascii=False))
