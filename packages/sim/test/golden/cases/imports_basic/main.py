import helper
from helper import greet, CONSTANT as LIMIT
from helper import Counter

print("main starts, helper is", helper.__name__)
print(greet("Ada"), LIMIT, helper.CONSTANT)
c = Counter()
c.bump()
print(c.value, helper.calls())
helper.CONSTANT = 99
print(helper.CONSTANT, LIMIT)
import helper as again
print(again is helper, __name__)
