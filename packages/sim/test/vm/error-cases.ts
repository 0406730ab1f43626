// Uncaught errors: stdout, stderr (traceback with carets) and exit code exactly as CPython 3.11.7
// printed them for each program (generated with python3; `errors.test.ts` re-checks against python3 when present).

export interface ErrorCase {
  name: string;
  source: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export const ERROR_CASES: ErrorCase[] = [
  {
    "name": "add",
    "source": "1 + 'a'\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    1 + 'a'\n    ~~^~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n",
    "exitCode": 1
  },
  {
    "name": "assert",
    "source": "assert 1 == 2, 'bad'\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    assert 1 == 2, 'bad'\n           ^^^^^^\nAssertionError: bad\n",
    "exitCode": 1
  },
  {
    "name": "assert2",
    "source": "x = 1\nassert x == 2\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    assert x == 2\n           ^^^^^^\nAssertionError\n",
    "exitCode": 1
  },
  {
    "name": "attr",
    "source": "class A: pass\nA().foo\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    A().foo\nAttributeError: 'A' object has no attribute 'foo'\n",
    "exitCode": 1
  },
  {
    "name": "cause",
    "source": "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('v') from e\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    raise ValueError('v') from e\nValueError: v\n",
    "exitCode": 1
  },
  {
    "name": "chain",
    "source": "try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('v')\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    raise ValueError('v')\nValueError: v\n",
    "exitCode": 1
  },
  {
    "name": "cmp",
    "source": "1 < 'a'\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    1 < 'a'\nTypeError: '<' not supported between instances of 'int' and 'str'\n",
    "exitCode": 1
  },
  {
    "name": "custom",
    "source": "class MyErr(Exception):\n    pass\nraise MyErr('boom', 2)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    raise MyErr('boom', 2)\nMyErr: ('boom', 2)\n",
    "exitCode": 1
  },
  {
    "name": "deep",
    "source": "def a(): b()\ndef b(): c()\ndef c(): raise RuntimeError('deep')\na()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    a()\n  File \"main.py\", line 1, in a\n    def a(): b()\n             ^^^\n  File \"main.py\", line 2, in b\n    def b(): c()\n             ^^^\n  File \"main.py\", line 3, in c\n    def c(): raise RuntimeError('deep')\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^\nRuntimeError: deep\n",
    "exitCode": 1
  },
  {
    "name": "div",
    "source": "10 % 0\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    10 % 0\n    ~~~^~~\nZeroDivisionError: integer modulo by zero\n",
    "exitCode": 1
  },
  {
    "name": "exit3",
    "source": "import sys\nsys.exit(3)\n",
    "stdout": "",
    "stderr": "",
    "exitCode": 3
  },
  {
    "name": "exitmsg",
    "source": "import sys\nsys.exit('bye')\n",
    "stdout": "",
    "stderr": "bye\n",
    "exitCode": 1
  },
  {
    "name": "fdiv",
    "source": "1.0 / 0\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    1.0 / 0\n    ~~~~^~~\nZeroDivisionError: float division by zero\n",
    "exitCode": 1
  },
  {
    "name": "finally",
    "source": "try:\n    raise ValueError('a')\nfinally:\n    print('fin')\n",
    "stdout": "fin\n",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    raise ValueError('a')\nValueError: a\n",
    "exitCode": 1
  },
  {
    "name": "gen",
    "source": "def g():\n    yield 1\n    raise ValueError('in gen')\nfor x in g(): print(x)\n",
    "stdout": "1\n",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    for x in g(): print(x)\n  File \"main.py\", line 3, in g\n    raise ValueError('in gen')\nValueError: in gen\n",
    "exitCode": 1
  },
  {
    "name": "hash",
    "source": "{[1]: 2}\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    {[1]: 2}\nTypeError: unhashable type: 'list'\n",
    "exitCode": 1
  },
  {
    "name": "index",
    "source": "[1][5]\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    [1][5]\n    ~~~^^^\nIndexError: list index out of range\n",
    "exitCode": 1
  },
  {
    "name": "inexcept",
    "source": "try:\n    {}['a']\nexcept KeyError:\n    [][1]\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    {}['a']\n    ~~^^^^^\nKeyError: 'a'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    [][1]\n    ~~^^^\nIndexError: list index out of range\n",
    "exitCode": 1
  },
  {
    "name": "init",
    "source": "class A:\n    def __init__(self):\n        self.x = 1 / 0\nA()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    A()\n  File \"main.py\", line 3, in __init__\n    self.x = 1 / 0\n             ~~^~~\nZeroDivisionError: division by zero\n",
    "exitCode": 1
  },
  {
    "name": "int",
    "source": "int('abc')\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    int('abc')\nValueError: invalid literal for int() with base 10: 'abc'\n",
    "exitCode": 1
  },
  {
    "name": "iter",
    "source": "for i in 5: pass\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    for i in 5: pass\nTypeError: 'int' object is not iterable\n",
    "exitCode": 1
  },
  {
    "name": "kbd",
    "source": "raise KeyboardInterrupt\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    raise KeyboardInterrupt\nKeyboardInterrupt\n",
    "exitCode": 130
  },
  {
    "name": "key",
    "source": "{}['k']\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    {}['k']\n    ~~^^^^^\nKeyError: 'k'\n",
    "exitCode": 1
  },
  {
    "name": "kw",
    "source": "def f(a): pass\nf(b=1)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    f(b=1)\nTypeError: f() got an unexpected keyword argument 'b'\n",
    "exitCode": 1
  },
  {
    "name": "lambda",
    "source": "f = lambda x: x / 0\nf(1)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    f(1)\n  File \"main.py\", line 1, in <lambda>\n    f = lambda x: x / 0\n                  ~~^~~\nZeroDivisionError: division by zero\n",
    "exitCode": 1
  },
  {
    "name": "listcomp",
    "source": "[1/x for x in [1, 0]]\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    [1/x for x in [1, 0]]\n  File \"main.py\", line 1, in <listcomp>\n    [1/x for x in [1, 0]]\n     ~^~\nZeroDivisionError: division by zero\n",
    "exitCode": 1
  },
  {
    "name": "method",
    "source": "class A:\n    def m(self, x): pass\nA().m()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    A().m()\nTypeError: A.m() missing 1 required positional argument: 'x'\n",
    "exitCode": 1
  },
  {
    "name": "method2",
    "source": "class A:\n    def go(self):\n        return self.missing\nA().go()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    A().go()\n  File \"main.py\", line 3, in go\n    return self.missing\n           ^^^^^^^^^^^^\nAttributeError: 'A' object has no attribute 'missing'\n",
    "exitCode": 1
  },
  {
    "name": "missing",
    "source": "def f(a, b): pass\nf(1)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    f(1)\nTypeError: f() missing 1 required positional argument: 'b'\n",
    "exitCode": 1
  },
  {
    "name": "mod",
    "source": "import nosuch\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    import nosuch\nModuleNotFoundError: No module named 'nosuch'\n",
    "exitCode": 1
  },
  {
    "name": "name",
    "source": "print(x)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    print(x)\n          ^\nNameError: name 'x' is not defined\n",
    "exitCode": 1
  },
  {
    "name": "neg",
    "source": "import time\ntime.sleep(-1)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    time.sleep(-1)\nValueError: sleep length must be non-negative\n",
    "exitCode": 1
  },
  {
    "name": "noneattr",
    "source": "None.x\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    None.x\nAttributeError: 'NoneType' object has no attribute 'x'\n",
    "exitCode": 1
  },
  {
    "name": "nonlocal",
    "source": "def f():\n    def g():\n        return y\n    g()\n    y = 1\nf()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 6, in <module>\n    f()\n  File \"main.py\", line 4, in f\n    g()\n  File \"main.py\", line 3, in g\n    return y\n           ^\nNameError: cannot access free variable 'y' where it is not associated with a value in enclosing scope\n",
    "exitCode": 1
  },
  {
    "name": "notcallable",
    "source": "x = 5\nx()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    x()\nTypeError: 'int' object is not callable\n",
    "exitCode": 1
  },
  {
    "name": "rec",
    "source": "def f(): f()\nf()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    f()\n  File \"main.py\", line 1, in f\n    def f(): f()\n             ^^^\n  File \"main.py\", line 1, in f\n    def f(): f()\n             ^^^\n  File \"main.py\", line 1, in f\n    def f(): f()\n             ^^^\n  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n",
    "exitCode": 1
  },
  {
    "name": "reraise",
    "source": "try:\n    raise ValueError('a')\nexcept ValueError:\n    raise\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    raise ValueError('a')\nValueError: a\n",
    "exitCode": 1
  },
  {
    "name": "stopiter",
    "source": "next(iter([]))\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    next(iter([]))\nStopIteration\n",
    "exitCode": 1
  },
  {
    "name": "str",
    "source": "'a'.foo()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    'a'.foo()\n    ^^^^^^^\nAttributeError: 'str' object has no attribute 'foo'\n",
    "exitCode": 1
  },
  {
    "name": "toomany",
    "source": "def f(a): pass\nf(1, 2)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    f(1, 2)\nTypeError: f() takes 1 positional argument but 2 were given\n",
    "exitCode": 1
  },
  {
    "name": "typeerr",
    "source": "len(5)\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    len(5)\nTypeError: object of type 'int' has no len()\n",
    "exitCode": 1
  },
  {
    "name": "unbound",
    "source": "def f():\n    print(x)\n    x = 1\nf()\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    f()\n  File \"main.py\", line 2, in f\n    print(x)\n          ^\nUnboundLocalError: cannot access local variable 'x' where it is not associated with a value\n",
    "exitCode": 1
  },
  {
    "name": "unpack",
    "source": "a, b = [1, 2, 3]\n",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    a, b = [1, 2, 3]\n    ^^^^\nValueError: too many values to unpack (expected 2)\n",
    "exitCode": 1
  }
];
