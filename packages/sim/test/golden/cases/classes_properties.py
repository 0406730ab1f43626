class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(value):
        return f"{value:.1f} degrees"


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
try:
    t.fahrenheit = 1
except AttributeError:
    print("read-only")
u = Temperature.from_fahrenheit(212)
print(u.celsius, type(u).__name__, Temperature.describe(3.14159), t.describe(2))
class Kelvin(Temperature):
    scale = "K"
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.celsius, k.scale)
