# json.loads: every JSON value, escapes and surrogate pairs, numbers as CPython parses them, hooks, bytes input
import json
for s in ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-0.0', '1e5', '1E+2', '2e-3',
          '1.25e1', '123456789012345678901234567890', '-98765432109876543210.5',
          '"abc"', '""', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u4e2d"', '"\\ud83d\\ude00"',
          '"\\ud83d"', '"\\ude00x"', '"\\ud83dx"', '"\\ud83d\\u0041"', '"h\u00e9llo \U0001f600"',
          '[]', '[ ]', '{}', '{ }', ' [1, [2, [3]], {"a": {}}] ', '{"a": 1, "a": 2}',
          '\t\n\r {"k" : [ true , null ] } \n', 'NaN', 'Infinity', '-Infinity',
          '[1e400, -1e400]', '0.1', '1.7976931348623157e308', '5e-324']:
    print(repr(s), repr(json.loads(s)))
print(json.loads('{"b": 1, "a": 2, "c": {"d": [1, 2]}}'))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"x": 1}')), json.loads(b'\xef\xbb\xbf[2]'))
print(json.loads('[1, 2.5, {"a": 3}]', parse_int=float, parse_float=str))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: 'C:' + c))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_pairs_hook=lambda p: ('P', p)))
print(json.loads('"a\tb"', strict=False))
print(json.loads(json.dumps({"x": [1.5, "é\U0001f600", None, {"y": -3}]})))
for v in [0.1, 1/3, 1e22, 123456.789, -2.5e-300]:
    print(json.loads(json.dumps(v)) == v)
print(type(json.loads('1')).__name__, type(json.loads('1.0')).__name__, type(json.loads('1e0')).__name__)
