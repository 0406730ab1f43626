def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print([fib(i) for i in range(15)], factorial(25))
print(flatten([1, [2, [3, [4, [5]]]], 6]), len(hanoi(6, "A", "C", "B", [])))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
