print("main starts")
import helper
print(helper.VALUE)
