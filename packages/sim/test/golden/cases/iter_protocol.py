class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        yield from self.cards

    def __len__(self):
        return len(self.cards)


print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
deck = Deck(["A", "K", "Q"])
for card in deck:
    print(card, end=" ")
print(len(deck), list(deck), "K" in deck, sorted(deck))
it = iter(Countdown(2))
print(next(it), next(it), next(it, None))
a, b, c = Countdown(3)
print(a, b, c, max(Countdown(5)), list(zip(Countdown(3), "ab")))
