total = 0
1 = total
