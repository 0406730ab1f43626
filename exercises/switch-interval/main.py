import sys

NEW_INTERVAL = 0.001

print(sys.getswitchinterval())
sys.setswitchinterval(NEW_INTERVAL)
print(sys.getswitchinterval())
