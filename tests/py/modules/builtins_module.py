# the builtins module: its members are the built-in functions, types and exceptions; assigning to it is seen everywhere
import builtins
print(builtins.print is print, builtins.len is len, builtins.int is int, builtins.ValueError is ValueError)
print(builtins.__name__, type(builtins).__name__)
for name in ['abs', 'all', 'any', 'dict', 'enumerate', 'isinstance', 'map', 'open', 'range', 'zip',
             'Exception', 'KeyError', 'None', 'True', '__import__', 'repr', 'super', 'object']:
    print(name, hasattr(builtins, name))
builtins.my_global_helper = lambda: 'from builtins'
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper
except NameError as e:
    print(type(e).__name__, e)
old = builtins.len
builtins.len = lambda x: 42
print(len([1]))
builtins.len = old
print(len([1]))
import sys
print(sys.modules['builtins'] is builtins)
