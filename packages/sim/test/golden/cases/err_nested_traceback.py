class Parser:
    def parse(self, text):
        return [self.parse_item(part) for part in text.split(",")]

    def parse_item(self, part):
        return convert(part.strip())


def convert(token):
    return int(token)


def main():
    parser = Parser()
    print(parser.parse("1, 2, 3"))
    print(parser.parse("4, five"))


main()
