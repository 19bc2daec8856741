# misc: sys.argv is a list of strings whose first entry names the running script
import sys
print(type(sys.argv).__name__, isinstance(sys.argv, list))
print(len(sys.argv) >= 1)
print(all([isinstance(a, str) for a in sys.argv]))
print(sys.argv[0].endswith("sys_argv.py"))
print(len(sys.argv[1:]))
args = list(sys.argv)
args.append("extra")
print(len(args) == len(sys.argv) + 1)
print(type(sys.path).__name__, type(sys.modules).__name__)
print("sys" in sys.modules)
print(sys.maxsize in (2 ** 31 - 1, 2 ** 63 - 1))   # 32- or 64-bit host
print(sys.byteorder in ("little", "big"))
print(type(sys.version).__name__, sys.version_info[0])
print(sys.implementation.name in ("cpython", "micropython"))
print(sys.stdout is not None, hasattr(sys.stdout, "write"))
n = sys.stdout.write("written via sys.stdout\n")
print(n)
