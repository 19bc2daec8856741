# exceptions2: an uncaught SystemExit prints only its message (no traceback), after finally blocks ran [exit 1]
import sys

def shutdown(reason):
    try:
        print('shutting down')
        sys.exit(reason)
    finally:
        print('finally still runs')

try:
    sys.exit(0)
except SystemExit as e:
    print('caught exit', e.code)
shutdown('fatal: stopping now')
print('not reached')
