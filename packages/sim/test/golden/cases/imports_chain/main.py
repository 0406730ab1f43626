from shapes import Square, total_area
import geometry

shapes = [Square(2), Square(3)]
print(total_area(shapes), geometry.PI_ISH, geometry.loaded_by)
print([s.describe() for s in shapes])
