# examples/hello.py: what `make run` shows: a first program for the interpreter.
import sys

print("Hello from", sys.implementation.name, "on", sys.platform)
squares = [n * n for n in range(10)]
print("squares:", squares, "sum:", sum(squares))
print("2**100 =", 2**100)
