# helper: a plain module of _pkg
print("mod_b init", __name__)
def fb():
    return "fb result"
B = "b"
