# exceptions: user-defined exception classes, hierarchies and extra attributes
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("bad key: " + key)
        self.key = key
class NetworkError(AppError):
    pass
class TimeoutError_(NetworkError):
    pass

def risky(kind):
    if kind == 1:
        raise ConfigError("port")
    if kind == 2:
        raise NetworkError("unreachable")
    if kind == 3:
        raise TimeoutError_("slow")
    return "fine"

for k in range(4):
    try:
        print(risky(k))
    except ConfigError as e:
        print("config:", e, e.key)
    except NetworkError as e:
        print("network:", type(e).__name__, e)
    except AppError:
        print("never")

try:
    risky(3)
except AppError as e:
    print(isinstance(e, NetworkError), isinstance(e, ConfigError), isinstance(e, Exception))

class Plain(Exception):
    pass
try:
    raise Plain
except Plain as e:
    print(type(e).__name__, e.args)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault()
except WithDefault as e:
    print(e)
print(issubclass(TimeoutError_, AppError), TimeoutError_.__name__)
