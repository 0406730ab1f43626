class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return "tiny " + super().speak()


animals = [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit", [])]
for animal in animals:
    print(animal.describe())
print(isinstance(animals[2], Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog), isinstance(3, (str, int)))
print([cls.__name__ for cls in Puppy.__mro__])

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
