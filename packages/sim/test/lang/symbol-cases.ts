// Programs with tricky scoping and what CPython 3.11 reports for them: symtable's scopes and the
// code objects' co_varnames/co_cellvars/co_freevars (generated with python3; re-checked when installed).

export interface SymbolCase {
  name: string;
  source: string;
  expected: string;
}

export const SYMBOL_CASES: SymbolCase[] = [
  {
    name: "closure",
    source: "\ndef outer(a):\n    b = 1\n    def inner(c):\n        return a + b + c\n    return inner\n",
    expected: "module top: outer=LOCAL\nfunction outer: a=CELL b=CELL inner=LOCAL\nfunction inner: c=LOCAL a=FREE b=FREE\n<module>@1: varnames=[] cellvars=[] freevars=[]\ninner@4: varnames=['c'] cellvars=[] freevars=['a', 'b']\nouter@2: varnames=['a', 'inner'] cellvars=['a', 'b'] freevars=[]",
  },
  {
    name: "nonlocal",
    source: "\ndef counter():\n    count = 0\n    def increment():\n        nonlocal count\n        count += 1\n        return count\n    return increment\n",
    expected: "module top: counter=LOCAL\nfunction counter: count=CELL increment=LOCAL\nfunction increment: count=FREE\n<module>@1: varnames=[] cellvars=[] freevars=[]\ncounter@2: varnames=['increment'] cellvars=['count'] freevars=[]\nincrement@4: varnames=[] cellvars=[] freevars=['count']",
  },
  {
    name: "global",
    source: "\ntotal = 0\ndef add(n):\n    global total\n    total += n\n    return other\n",
    expected: "module top: total=GLOBAL_EXPLICIT add=LOCAL\nfunction add: n=LOCAL total=GLOBAL_EXPLICIT other=GLOBAL_IMPLICIT\n<module>@1: varnames=[] cellvars=[] freevars=[]\nadd@3: varnames=['n'] cellvars=[] freevars=[]",
  },
  {
    name: "class_body",
    source: "\nx = 1\nclass A:\n    x = 2\n    y = x\n    def m(self):\n        return x\n    def s(self):\n        return super().s() + __class__.__name__\n",
    expected: "module top: x=LOCAL A=LOCAL\nclass A: x=LOCAL y=LOCAL m=LOCAL s=LOCAL\nfunction m: self=LOCAL x=GLOBAL_IMPLICIT\nfunction s: self=LOCAL super=GLOBAL_IMPLICIT __class__=FREE\n<module>@1: varnames=[] cellvars=[] freevars=[]\nA@3: varnames=[] cellvars=['__class__'] freevars=[]\nm@6: varnames=['self'] cellvars=[] freevars=[]\ns@8: varnames=['self'] cellvars=[] freevars=['__class__']",
  },
  {
    name: "class_free",
    source: "\ndef f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n        y = x\n    return C\n",
    expected: "module top: f=LOCAL\nfunction f: x=CELL C=LOCAL\nclass C: x=LOCAL+class g=LOCAL y=LOCAL\nfunction g: self=LOCAL x=FREE\n<module>@1: varnames=[] cellvars=[] freevars=[]\nC@4: varnames=[] cellvars=[] freevars=['x']\nf@2: varnames=['C'] cellvars=['x'] freevars=[]\ng@6: varnames=['self'] cellvars=[] freevars=['x']",
  },
  {
    name: "comprehensions",
    source: "\ndef f(items, k):\n    squares = [i * k for i in items if i > k]\n    pairs = {a: [b for b in range(a)] for a in items}\n    gen = (x + y for x in items for y in squares)\n    return squares, pairs, gen\n",
    expected: "module top: f=LOCAL\nfunction f: items=LOCAL k=CELL squares=CELL pairs=LOCAL gen=LOCAL\nfunction listcomp: .0=LOCAL i=LOCAL k=FREE\nfunction dictcomp: .0=LOCAL a=LOCAL range=GLOBAL_IMPLICIT\nfunction listcomp: .0=LOCAL b=LOCAL\nfunction genexpr: .0=LOCAL x=LOCAL y=LOCAL squares=FREE\n<dictcomp>@4: varnames=['.0', 'a'] cellvars=[] freevars=[]\n<genexpr>@5: varnames=['.0', 'x', 'y'] cellvars=[] freevars=['squares']\n<listcomp>@3: varnames=['.0', 'i'] cellvars=[] freevars=['k']\n<listcomp>@4: varnames=['.0', 'b'] cellvars=[] freevars=[]\n<module>@1: varnames=[] cellvars=[] freevars=[]\nf@2: varnames=['items', 'k', 'pairs', 'gen'] cellvars=['k', 'squares'] freevars=[]",
  },
  {
    name: "walrus",
    source: "\ndef f(data):\n    if any((hit := x) > 3 for x in data):\n        return hit\ntotal = [(last := v) for v in range(3)]\n",
    expected: "module top: f=LOCAL total=LOCAL range=GLOBAL_IMPLICIT last=GLOBAL_EXPLICIT\nfunction f: data=LOCAL any=GLOBAL_IMPLICIT hit=CELL\nfunction genexpr: .0=LOCAL x=LOCAL hit=FREE\nfunction listcomp: .0=LOCAL v=LOCAL last=GLOBAL_EXPLICIT\n<genexpr>@3: varnames=['.0', 'x'] cellvars=[] freevars=['hit']\n<listcomp>@5: varnames=['.0', 'v'] cellvars=[] freevars=[]\n<module>@1: varnames=[] cellvars=[] freevars=[]\nf@2: varnames=['data'] cellvars=['hit'] freevars=[]",
  },
  {
    name: "lambda_defaults",
    source: "\ndef make(n):\n    fs = [lambda i=i: i * n for i in range(n)]\n    g = lambda *args, **kw: (args, kw, n)\n    return fs, g\n",
    expected: "module top: make=LOCAL\nfunction make: n=CELL fs=LOCAL range=GLOBAL_IMPLICIT g=LOCAL\nfunction listcomp: .0=LOCAL i=LOCAL n=FREE\nfunction lambda: i=LOCAL n=FREE\nfunction lambda: args=LOCAL kw=LOCAL n=FREE\n<lambda>@3: varnames=['i'] cellvars=[] freevars=['n']\n<lambda>@4: varnames=['args', 'kw'] cellvars=[] freevars=['n']\n<listcomp>@3: varnames=['.0', 'i'] cellvars=[] freevars=['n']\n<module>@1: varnames=[] cellvars=[] freevars=[]\nmake@2: varnames=['n', 'fs', 'g'] cellvars=['n'] freevars=[]",
  },
  {
    name: "params",
    source: "\ndef f(a, b, /, c, d=1, *args, e, f=2, **kwargs):\n    g = a\n    del b\n    import os.path as p, sys\n    from threading import Lock as L\n    try:\n        pass\n    except Exception as err:\n        pass\n    with open(c) as fh:\n        pass\n    for i, (j, *k) in []:\n        pass\n",
    expected: "module top: f=LOCAL\nfunction f: a=LOCAL b=LOCAL c=LOCAL d=LOCAL e=LOCAL f=LOCAL args=LOCAL kwargs=LOCAL g=LOCAL p=LOCAL sys=LOCAL L=LOCAL Exception=GLOBAL_IMPLICIT err=LOCAL open=GLOBAL_IMPLICIT fh=LOCAL i=LOCAL j=LOCAL k=LOCAL\n<module>@1: varnames=[] cellvars=[] freevars=[]\nf@2: varnames=['a', 'b', 'c', 'd', 'e', 'f', 'args', 'kwargs', 'g', 'p', 'sys', 'L', 'err', 'fh', 'i', 'j', 'k'] cellvars=[] freevars=[]",
  },
  {
    name: "generators",
    source: "\ndef gen(n):\n    for i in range(n):\n        yield i\ndef delegate():\n    yield from gen(3)\n",
    expected: "module top: gen=LOCAL delegate=LOCAL\nfunction gen: n=LOCAL i=LOCAL range=GLOBAL_IMPLICIT\nfunction delegate: gen=GLOBAL_IMPLICIT\n<module>@1: varnames=[] cellvars=[] freevars=[]\ndelegate@5: varnames=[] cellvars=[] freevars=[]\ngen@2: varnames=['n', 'i'] cellvars=[] freevars=[]",
  },
  {
    name: "deep_free",
    source: "\ndef a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n",
    expected: "module top: a=LOCAL\nfunction a: x=CELL b=LOCAL\nfunction b: c=LOCAL x=FREE\nfunction c: x=FREE\n<module>@1: varnames=[] cellvars=[] freevars=[]\na@2: varnames=['b'] cellvars=['x'] freevars=[]\nb@4: varnames=['c'] cellvars=[] freevars=['x']\nc@5: varnames=[] cellvars=[] freevars=['x']",
  },
  {
    name: "global_in_nested",
    source: "\ndef outer():\n    x = 1\n    def inner():\n        global x\n        x = 2\n    return inner\n",
    expected: "module top: outer=LOCAL x=GLOBAL_EXPLICIT\nfunction outer: x=LOCAL inner=LOCAL\nfunction inner: x=GLOBAL_EXPLICIT\n<module>@1: varnames=[] cellvars=[] freevars=[]\ninner@4: varnames=[] cellvars=[] freevars=[]\nouter@2: varnames=['x', 'inner'] cellvars=[] freevars=[]",
  },
  {
    name: "private_names",
    source: "\nclass Account:\n    __count = 0\n    def bump(self):\n        self.__secret = 1\n        return Account.__count\n",
    expected: "module top: Account=LOCAL\nclass Account: _Account__count=LOCAL bump=LOCAL\nfunction bump: self=LOCAL Account=GLOBAL_IMPLICIT\n<module>@1: varnames=[] cellvars=[] freevars=[]\nAccount@2: varnames=[] cellvars=[] freevars=[]\nbump@4: varnames=['self'] cellvars=[] freevars=[]",
  },
  {
    name: "threads",
    source: "\nimport threading\ncounter = 0\nlock = threading.Lock()\ndef worker(n):\n    global counter\n    for _ in range(n):\n        with lock:\n            counter += 1\nthreads = [threading.Thread(target=worker, args=(1000,)) for _ in range(4)]\nfor t in threads:\n    t.start()\n",
    expected: "module top: threading=LOCAL counter=GLOBAL_EXPLICIT lock=LOCAL worker=LOCAL threads=LOCAL range=GLOBAL_IMPLICIT t=LOCAL\nfunction worker: n=LOCAL counter=GLOBAL_EXPLICIT _=LOCAL range=GLOBAL_IMPLICIT lock=GLOBAL_IMPLICIT\nfunction listcomp: .0=LOCAL _=LOCAL threading=GLOBAL_IMPLICIT worker=GLOBAL_IMPLICIT\n<listcomp>@10: varnames=['.0', '_'] cellvars=[] freevars=[]\n<module>@1: varnames=[] cellvars=[] freevars=[]\nworker@5: varnames=['n', '_'] cellvars=[] freevars=[]",
  },
  {
    name: "cell_parameters",
    source: "\ndef outer(zeta, alpha, *rest):\n    beta = 1\n    gamma = 2\n    return lambda: (zeta, alpha, rest, beta, gamma)\n",
    expected: "module top: outer=LOCAL\nfunction outer: zeta=CELL alpha=CELL rest=CELL beta=CELL gamma=CELL\nfunction lambda: zeta=FREE alpha=FREE rest=FREE beta=FREE gamma=FREE\n<lambda>@5: varnames=[] cellvars=[] freevars=['alpha', 'beta', 'gamma', 'rest', 'zeta']\n<module>@1: varnames=[] cellvars=[] freevars=[]\nouter@2: varnames=['zeta', 'alpha', 'rest'] cellvars=['zeta', 'alpha', 'rest', 'beta', 'gamma'] freevars=[]",
  },
  {
    name: "global_declared_elsewhere",
    source: "\ndef setter():\n    global shared\n    shared = 1\ndef reader():\n    return [shared for _ in range(2)]\n",
    expected: "module top: setter=LOCAL shared=GLOBAL_EXPLICIT reader=LOCAL\nfunction setter: shared=GLOBAL_EXPLICIT\nfunction reader: range=GLOBAL_IMPLICIT\nfunction listcomp: .0=LOCAL _=LOCAL shared=GLOBAL_IMPLICIT\n<listcomp>@6: varnames=['.0', '_'] cellvars=[] freevars=[]\n<module>@1: varnames=[] cellvars=[] freevars=[]\nreader@5: varnames=[] cellvars=[] freevars=[]\nsetter@2: varnames=[] cellvars=[] freevars=[]",
  },
  {
    name: "decorated",
    source: "\ndef deco(f):\n    return f\n@deco\ndef target(x):\n    return x\n",
    expected: "module top: deco=LOCAL target=LOCAL\nfunction deco: f=LOCAL\nfunction target: x=LOCAL\n<module>@1: varnames=[] cellvars=[] freevars=[]\ndeco@2: varnames=['f'] cellvars=[] freevars=[]\ntarget@4: varnames=['x'] cellvars=[] freevars=[]",
  },
];
