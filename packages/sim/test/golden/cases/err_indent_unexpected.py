print("start")
    print("indented")
