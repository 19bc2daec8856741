# misc: sys.exit and raise SystemExit caught with except SystemExit, codes in args
import sys
try:
    sys.exit()
except SystemExit as e:
    print("exit no arg", e.args)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit 3", e.args, e.args[0] == 3)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit msg", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raise SystemExit", e.args[0])
try:
    sys.exit(0)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("caught as BaseException", type(e).__name__)
def worker():
    try:
        sys.exit(1)
    finally:
        print("finally runs on sys.exit")
try:
    worker()
except SystemExit:
    print("worker exited")
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
print("still running")
sys.exit(0)
print("never printed")
