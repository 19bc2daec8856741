# bench/json_roundtrip.py at its tiny size prints CPython's checksum (json.dumps and json.loads of nested records, checking the round trip)
import sys

sys.path.insert(0, "../../../bench")
import json_roundtrip

json_roundtrip.main(json_roundtrip.TINY)
