def main():
    print("running main, __name__ is", __name__)
    return 0


print("module body runs first")
if __name__ == "__main__":
    main()
else:
    print("imported")
