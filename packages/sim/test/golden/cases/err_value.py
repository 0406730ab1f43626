for text in ["12", "3.5"]:
    print(int(text))
