def risky():
    try:
        print("in try")
        return 1 / 0
    finally:
        print("finally still runs")


risky()
