import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(True), math.isqrt(10**30), math.isqrt(99))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), type(math.floor(2.0)).__name__, math.floor(1e20))
print(math.factorial(20), math.factorial(25), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm(-4, 6, 0))
print(math.comb(5, 2), math.comb(52, 5), math.perm(5, 2), math.perm(4), math.comb(3, 5))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(1000), math.log(10**400) > 920, math.log2(2**2000), math.log10(10**500))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.hypot(3, 4), math.hypot(1, 2, 2), math.copysign(3, -0.0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1.5), math.isinf(-math.inf), math.isnan(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 0.5]), math.prod(["ab"], start=2), math.prod(range(1, 21)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
root = math.isqrt(2**2001)
print(math.fsum([math.nan, 1.0]), math.fsum([math.inf, 1.0]), root * root <= 2**2001 < (root + 1) ** 2, math.isqrt(10**50 - 1))
ERRORS = [
    lambda: math.sqrt(-1),
    lambda: math.sqrt('x'),
    lambda: math.isqrt(2.0),
    lambda: math.isqrt(-1),
    lambda: math.factorial(5.0),
    lambda: math.factorial(-1),
    lambda: math.floor(math.inf),
    lambda: math.floor(math.nan),
    lambda: math.log(0),
    lambda: math.exp(1000),
    lambda: math.acos(2),
    lambda: math.gcd(2.0, 4),
    lambda: math.comb(-1, 2),
    lambda: math.perm(3, -1),
    lambda: math.fmod(1, 0),
    lambda: math.log(8, 1),
    lambda: math.sqrt(10**400),
    lambda: math.pow(0, -1),
    lambda: math.pow(10, 400),
    lambda: math.ceil(None),
    lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.log2(-1),
    lambda: math.sin(math.inf),
    lambda: math.fsum([math.inf, -math.inf]),
]
for call in ERRORS:
    try:
        call()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as error:
        print(type(error).__name__, error)
