# attribute and global lookups find keys put in __dict__ / globals() as non-interned strs, and miss after deletion
class C:
    pass

o = C()
name = "".join(["val", "ue"])          # built at run time: not the interned "value"
o.__dict__[name] = 1
print(o.value, hasattr(o, "value"), getattr(o, "val" + "ue"))
for i in range(40):                    # grow the dict through several tables
    o.__dict__["k" + str(i)] = i
print(o.value, o.k0, o.k39, sorted(vars(o))[:3])
del o.__dict__["value"]
print(hasattr(o, "value"))
o.value = 5
print(o.value, len(o.__dict__))
g = "".join(["glob", "al_x"])
globals()[g] = 42
print(global_x)
del globals()[g]
try:
    print(global_x)
except NameError as e:
    print("NameError", e)
C.meth = lambda self: "m"
C.__dict__  # a mappingproxy
print(o.meth(), getattr(o, "".join(["me", "th"]))())
