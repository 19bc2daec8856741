# __del__ of module globals runs after an uncaught exception's traceback [exit 1]
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('finalised', self.name)
keep = Noisy('global')
other = Noisy('another')
print('raising')
raise SystemExit('bye')
