from tasks import work

if __name__ == "__main__":
    print("main:", work(3))
