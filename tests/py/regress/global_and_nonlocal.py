# A name declared both global and nonlocal in one function is a SyntaxError at the first declaration (found while probing the compiler with hostile sources; it compiled)
srcs = [
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n',
    'def f():\n    x = 1\n    def g():\n        global x, y\n        y = 2\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        global x\n        return x\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        nonlocal x\n        return x\n',
]
for src in srcs:
    try:
        compile(src, 'decl', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno)
