# helper: a module whose first statement is its docstring
"""Docstring of _docmod."""
X = 1
