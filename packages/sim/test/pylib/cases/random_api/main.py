import random

random.seed(3)
print([random.randint(1, 6) for _ in range(5)], random.choice("abcdef"), random.randrange(10, 100, 7))
deck = list(range(8))
random.shuffle(deck)
print(deck)
picked = random.sample(range(50), 4)
print(len(set(picked)), all(0 <= p < 50 for p in picked), len(random.choices("xy", k=6)))
print(0.0 <= random.random() < 1.0, 1.0 <= random.uniform(1, 2) <= 2.0, random.choices("ab", weights=[0, 5], k=2))
for call in (lambda: random.randrange(0), lambda: random.randrange(2, 2), lambda: random.choice(""),
             lambda: random.sample({1}, 1), lambda: random.randrange(1, 9, 0)):
    try:
        call()
    except (ValueError, IndexError, TypeError) as error:
        print(type(error).__name__, error)
