print("geometry loading")
PI_ISH = 3
loaded_by = None


def area_of_square(side):
    return side * side
