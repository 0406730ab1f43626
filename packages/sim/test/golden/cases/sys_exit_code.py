import sys

print("exiting with 3")
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(3)
print("never")
