# exceptions2: tracebacks through methods, a multi-line call chain and a class body's default argument [exit 1]
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, part):
        self.parts.append(part)
        return self
    def build(self):
        return ''.join(self.parts)
    def check(self):
        if len(self.parts) > 2:
            raise ValueError('too many parts: %d' % len(self.parts))
        return self

b = Builder()
print(b.add('a').add('b').build())
result = (Builder()
          .add('x')
          .add('y')
          .add('z')
          .check()
          .build())
