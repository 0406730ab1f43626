print(ascii("héllo€😀"), f"{'é'!a}", "{!a}".format("ñ"), "%a" % "ü", ascii([1, "ß"]))
try:
    "é€".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "a€".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
