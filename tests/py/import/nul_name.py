# A module name holding a NUL is found nowhere: never the module its C prefix would name
import sys
for name in ('sys\x00', 'a\x00', '_imp_helper\x00', 'x.\x00', '_imp_helper.\x00'):
    try:
        __import__(name)
        print('imported', repr(name))
    except ImportError as e:
        print(type(e).__name__, e.args)
sys.modules['fake\x00'] = sys
print(__import__('fake\x00') is sys)
del sys.modules['fake\x00']
sys.path.insert(0, '.\x00')
try:
    __import__('_not_there_either')
except ValueError as e:   # the directory cannot be looked at
    print(type(e).__name__, e.args)
del sys.path[0]
