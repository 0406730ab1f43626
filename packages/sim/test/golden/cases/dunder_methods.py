class Vector:
    def __init__(self, *coords):
        self.coords = list(coords)

    def __repr__(self):
        return f"Vector{tuple(self.coords)}"

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.coords, other.coords)])

    def __mul__(self, k):
        return Vector(*[a * k for a in self.coords])

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __lt__(self, other):
        return sum(self.coords) < sum(other.coords)

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __setitem__(self, i, value):
        self.coords[i] = value

    def __contains__(self, value):
        return value in self.coords

    def __iter__(self):
        return iter(self.coords)

    def __bool__(self):
        return any(self.coords)

    def __hash__(self):
        return hash(tuple(self.coords))

    def __call__(self, scale):
        return self * scale

    def __neg__(self):
        return self * -1


v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v * 3, 2 * v, -v, v == Vector(1, 2), v != w, v < w, sorted([w, v]))
print(len(v), v[1], 2 in v, list(v), bool(Vector(0, 0)), bool(v), v(10))
v[0] = 9
print(v, {Vector(1): "one"}[Vector(1)], max([v, w]), [x * 2 for x in w])
