# exceptions2: an exception while applying a decorator points at the decorator's line [exit 1]
registry = {}

def register(name):
    def deco(fn):
        if name in registry:
            raise KeyError('duplicate handler %s' % name)
        registry[name] = fn
        return fn
    return deco

@register('a')
def first():
    return 1

print(sorted(registry))

@register('b')
@register('a')
def second():
    return 2
