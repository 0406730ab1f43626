import sys

print("to stdout")
print("to stderr", file=sys.stderr)
print("a", "b", sep="-", end="!\n", file=sys.stderr)
sys.stdout.write("written directly\n")
sys.stderr.write("error stream\n")
print("done")
