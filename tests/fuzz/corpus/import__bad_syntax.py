# helper: a syntax error on line 3
x = 1
y = (2,
