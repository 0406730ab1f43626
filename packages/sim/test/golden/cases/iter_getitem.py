class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), [x for x in Seq()], 20 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))
