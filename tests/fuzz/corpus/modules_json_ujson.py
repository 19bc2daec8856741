# MicroPython's ujson alias gives the json module (CPython has no ujson, hence the .exp file)
import json
import ujson
print(ujson is json, ujson.dumps([1, "a"]), ujson.loads('[2, {"b": null}]'))
