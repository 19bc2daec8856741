# helper: a module without a docstring
X = """not a docstring""" if True else None
