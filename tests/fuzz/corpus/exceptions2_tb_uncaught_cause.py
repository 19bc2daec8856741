# exceptions2: uncaught `raise ... from ...` prints both tracebacks joined by the "direct cause" line [exit 1]
class ConfigError(Exception):
    pass

def parse(text):
    return int(text)

def load(settings, key):
    try:
        return parse(settings[key])
    except ValueError as e:
        raise ConfigError('bad value for %r' % key) from e

settings = {'port': '80x'}
print('loading')
try:
    load(settings, 'missing')
except KeyError as e:
    print('KeyError first:', e)
load(settings, 'port')
