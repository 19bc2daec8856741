# str() of a mappingproxy is str() of the mapping; repr() wraps it
class A:
    x = 1
d = A.__dict__
print(str(d).startswith("{'__module__': '__main__', 'x': 1"), repr(d).startswith('mappingproxy({'))
print(str(type(d)({'a': 1})), repr(type(d)({'a': 1})))
