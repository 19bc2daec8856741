# text streams are strict UTF-8: writing a lone surrogate raises UnicodeEncodeError (console and files), and nothing of it is written
import sys
for s in ['\ud800', 'ok \udfff!']:
    try:
        sys.stdout.write(s)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
name = 'text_write_lone_surrogate.tmp'
with open(name, 'w') as f:
    try:
        f.write('a\ud834b')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
    f.write('fine\U0001d11e')
with open(name, 'rb') as f:
    print(f.read())
import os
os.remove(name)
