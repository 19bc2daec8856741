# json.loads errors: JSONDecodeError (a ValueError) with CPython's messages, msg, doc, pos, lineno and colno
import json
print(issubclass(json.JSONDecodeError, ValueError))
for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"',
          '"\\u12g4"', '"\\ud83d\\u12"', '"a\x01"', '"\n"', '01', '1.', '1e', '-', '--1', 'nul', 'tru',
          '[', '{', '{"a":', '{"a":1', '{"a"', '\ufeff1', '[1,2', '[]  x', '"abc\\', '+1', '.5',
          '\n\n  [1,\n  x]', 'é[', '["é", x]', '{"a": 1}}', 'nan', 'infinity', "'a'", '[1,,2]']:
    try:
        r = json.loads(s)
        print(repr(s), 'OK', repr(r))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
for bad in [1, None, [1], 2.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads(b'\xff')
except UnicodeDecodeError as e:
    print(type(e).__name__)
try:
    json.loads('x')
except ValueError as e:
    print('ValueError caught', e.args)
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print(type(e).__name__)
