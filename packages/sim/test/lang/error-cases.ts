// Programs CPython 3.11 rejects at compile time and the exact stderr of `python3 main.py` for them
// (generated with python3; re-checked when installed).

export interface ErrorCase {
  source: string;
  expected: string;
}

export const ERROR_CASES: ErrorCase[] = [
  {
    source: "x = = 2\n",
    expected: "  File \"main.py\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n",
  },
  {
    source: "if x:\npass\n",
    expected: "  File \"main.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n",
  },
  {
    source: "if x:\n  a\n b\n",
    expected: "  File \"main.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n",
  },
  {
    source: "  x = 1\n",
    expected: "  File \"main.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n",
  },
  {
    source: "x = 1\n    y = 2\n",
    expected: "  File \"main.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n",
  },
  {
    source: "def f():\n    return 1\n  x = 2\n",
    expected: "  File \"main.py\", line 3\n    x = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
  },
  {
    source: "for i in x:\n    pass\nbreak\n",
    expected: "  File \"main.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n",
  },
  {
    source: "continue\n",
    expected: "  File \"main.py\", line 1\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n",
  },
  {
    source: "return 1\n",
    expected: "  File \"main.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n",
  },
  {
    source: "def f():\n    x = 1\n    global x\n",
    expected: "  File \"main.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is assigned to before global declaration\n",
  },
  {
    source: "def f():\n    print(x)\n    global x\n",
    expected: "  File \"main.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is used prior to global declaration\n",
  },
  {
    source: "def f(x):\n    global x\n",
    expected: "  File \"main.py\", line 2\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is parameter and global\n",
  },
  {
    source: "nonlocal x\n",
    expected: "  File \"main.py\", line 1\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: nonlocal declaration not allowed at module level\n",
  },
  {
    source: "def f():\n    nonlocal x\n",
    expected: "  File \"main.py\", line 2\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: no binding for nonlocal 'x' found\n",
  },
  {
    source: "def f(a, a): pass\n",
    expected: "  File \"main.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n",
  },
  {
    source: "yield 1\n",
    expected: "  File \"main.py\", line 1\n    yield 1\n    ^^^^^^^\nSyntaxError: 'yield' outside function\n",
  },
  {
    source: "x = [(yield 1) for i in y]\n",
    expected: "  File \"main.py\", line 1\n    x = [(yield 1) for i in y]\n          ^^^^^^^\nSyntaxError: 'yield' inside list comprehension\n",
  },
  {
    source: "print(\"a\n",
    expected: "  File \"main.py\", line 1\n    print(\"a\n          ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
  },
  {
    source: "s = \"\"\"abc\nx = 1\n",
    expected: "  File \"main.py\", line 1\n    s = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n",
  },
  {
    source: "f(1, 2\n",
    expected: "  File \"main.py\", line 1\n    f(1, 2\n     ^\nSyntaxError: '(' was never closed\n",
  },
  {
    source: "x = (1, 2]\n",
    expected: "  File \"main.py\", line 1\n    x = (1, 2]\n             ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n",
  },
  {
    source: "x = 1)\n",
    expected: "  File \"main.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n",
  },
  {
    source: "f() = 1\n",
    expected: "  File \"main.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n",
  },
  {
    source: "1 = x\n",
    expected: "  File \"main.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n",
  },
  {
    source: "def f(a=1, b): pass\n",
    expected: "  File \"main.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: non-default argument follows default argument\n",
  },
  {
    source: "f(a=1, b)\n",
    expected: "  File \"main.py\", line 1\n    f(a=1, b)\n            ^\nSyntaxError: positional argument follows keyword argument\n",
  },
  {
    source: "class A:\n    return 1\n",
    expected: "  File \"main.py\", line 2\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n",
  },
  {
    source: "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    expected: "  File \"main.py\", line 3\n    except:\n    ^^^^^^^\nSyntaxError: default 'except:' must be last\n",
  },
  {
    source: "x = 0777\n",
    expected: "  File \"main.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n",
  },
  {
    source: "for x in range(3)\n    pass\n",
    expected: "  File \"main.py\", line 1\n    for x in range(3)\n                     ^\nSyntaxError: expected ':'\n",
  },
  {
    source: "x = [1, 2 3]\n",
    expected: "  File \"main.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
  },
  {
    source: "if x:\n    pass\nelse:\n",
    expected: "  File \"main.py\", line 3\n    else:\nIndentationError: expected an indented block after 'else' statement on line 3\n",
  },
  {
    source: "def f():\n\nx = 1\n",
    expected: "  File \"main.py\", line 3\n    x = 1\n    ^\nIndentationError: expected an indented block after function definition on line 1\n",
  },
  {
    source: "class A:\n    def m(self):\n        pass\n   x = 1\n",
    expected: "  File \"main.py\", line 4\n    x = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
  },
  {
    source: "while True:\n    if x:\n        break\n    def g():\n        continue\n",
    expected: "  File \"main.py\", line 5\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n",
  },
  {
    source: "import *\n",
    expected: "  File \"main.py\", line 1\n    import *\n           ^\nSyntaxError: invalid syntax\n",
  },
  {
    source: "def f():\n    from os import *\n",
    expected: "  File \"main.py\", line 2\n    from os import *\n                   ^\nSyntaxError: import * only allowed at module level\n",
  },
  {
    source: "x = (1 +\n     2\ny = 3\n",
    expected: "  File \"main.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n",
  },
  {
    source: "def f():\n    x: int = 1\n    global x\n",
    expected: "  File \"main.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: annotated name 'x' can't be global\n",
  },
  {
    source: "if x = 1:\n    pass\n",
    expected: "  File \"main.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n",
  },
  {
    source: "x = f'{a b}'\n",
    expected: "  File \"main.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n",
  },
  {
    source: "x = f'{}'\n",
    expected: "  File \"main.py\", line 1\n    x = f'{}'\n             ^\nSyntaxError: f-string: empty expression not allowed\n",
  },
  {
    source: "x = f'{x!z}'\n",
    expected: "  File \"main.py\", line 1\n    x = f'{x!z}'\n                ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n",
  },
  {
    source: "x = f'{x'\n",
    expected: "  File \"main.py\", line 1\n    x = f'{x'\n             ^\nSyntaxError: f-string: expecting '}'\n",
  },
  {
    source: "x = f'}'\n",
    expected: "  File \"main.py\", line 1\n    x = f'}'\n            ^\nSyntaxError: f-string: single '}' is not allowed\n",
  },
  {
    source: "x = f'{x:{y:{z}}}'\n",
    expected: "  File \"main.py\", line 1\n    x = f'{x:{y:{z}}}'\n                      ^\nSyntaxError: f-string: expressions nested too deeply\n",
  },
  {
    source: "x = f'{x#}'\n",
    expected: "  File \"main.py\", line 1\n    x = f'{x#}'\n               ^\nSyntaxError: f-string expression part cannot include '#'\n",
  },
  {
    source: "print \"hi\"\n",
    expected: "  File \"main.py\", line 1\n    print \"hi\"\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n",
  },
  {
    source: "def f()\n    pass\n",
    expected: "  File \"main.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n",
  },
  {
    source: "x = 1 +\n",
    expected: "  File \"main.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n",
  },
  {
    source: "f(a b)\n",
    expected: "  File \"main.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
  },
  {
    source: "class A\n    pass\n",
    expected: "  File \"main.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n",
  },
  {
    source: "x = 3 +* 2\n",
    expected: "  File \"main.py\", line 1\n    x = 3 +* 2\n           ^\nSyntaxError: invalid syntax\n",
  },
  {
    source: "while x:\n    pass\n  else:\n    pass\n",
    expected: "  File \"main.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
  },
  {
    source: "def f():\n    return 1\n\n        x = 2\n",
    expected: "  File \"main.py\", line 4\n    x = 2\nIndentationError: unexpected indent\n",
  },
  {
    source: "x = = 1\ny = 'abc\n",
    expected: "  File \"main.py\", line 2\n    y = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n",
  },
  {
    source: "x = = 1\ny = 1)\n",
    expected: "  File \"main.py\", line 2\n    y = 1)\n         ^\nSyntaxError: unmatched ')'\n",
  },
  {
    source: "x = = 1\nif x:\n    a\n  b\n",
    expected: "  File \"main.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
  },
  {
    source: "def f(:\n    pass\n",
    expected: "  File \"main.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
  },
  {
    source: "if x:\npass\ny = 'abc\n",
    expected: "  File \"main.py\", line 3\n    y = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 3)\n",
  },
  {
    source: "f() = 1\ny = 'abc\n",
    expected: "  File \"main.py\", line 2\n    y = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n",
  },
  {
    source: "x = (1,\nif x:\n   pass\n",
    expected: "  File \"main.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
  },
  {
    source: "  x = 1\ny = 'a\n",
    expected: "  File \"main.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n",
  },
  {
    source: "def f():\n\tif True:\n        return 1\n",
    expected: "  File \"main.py\", line 3\n    return 1\nTabError: inconsistent use of tabs and spaces in indentation\n",
  },
  {
    source: "print(\"a\")\nprint(\"b\" \"c\" d)\n",
    expected: "  File \"main.py\", line 2\n    print(\"b\" \"c\" d)\n          ^^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
  },
  {
    source: "VALUE = 1\ndef broken(:\n    pass\n",
    expected: "  File \"main.py\", line 2\n    def broken(:\n               ^\nSyntaxError: invalid syntax\n",
  },
  {
    source: "class A:\n    x = yield\n",
    expected: "  File \"main.py\", line 2\n    x = yield\n        ^^^^^\nSyntaxError: 'yield' outside function\n",
  },
  {
    source: "x = f((yield))\n",
    expected: "  File \"main.py\", line 1\n    x = f((yield))\n           ^^^^^\nSyntaxError: 'yield' outside function\n",
  },
  {
    source: "y = [1]\nx = lambda: (yield)\nprint(y)\nz = (yield)\n",
    expected: "  File \"main.py\", line 4\n    z = (yield)\n         ^^^^^\nSyntaxError: 'yield' outside function\n",
  },
];
