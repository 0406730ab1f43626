// Module-private global names and fixed attributes: what the static scan may and may not call private,
// and that using it loses no outcome.
import { describe, expect, test } from "vitest";
import { compileSource } from "../../src/compiler/pipeline.ts";
import { PrivateNames } from "../../src/explore/privacy.ts";
import { exploreProgram } from "../../src/index.ts";
import { Op } from "../../src/bytecode/opcodes.ts";

function scan(text: string, library = ""): PrivateNames {
  return new PrivateNames([compileSource(text, "main.py")], library ? [compileSource(library, "<frozen lib>")] : []);
}

/** Whether `name` is unchanging for the main module's code (`library` scanned beside it). */
function unchanging(text: string, name: string, library = ""): boolean {
  const code = compileSource(text, "main.py");
  return new PrivateNames([code], library ? [compileSource(library, "<frozen lib>")] : []).unchangingName(code, name);
}

describe("private names", () => {
  test("a name only the module's top-level code uses is private; one a function uses is not", () => {
    const names = scan("x = 1\ny = 2\n\ndef f():\n    return y\n\nprint(x, f())\n");
    expect(names.has("main.py", "x")).toBe(true);
    expect(names.has("main.py", "y")).toBe(false);
    expect(names.has("main.py", "f")).toBe(false);
  });

  test("an attribute or a string of that name anywhere, or reflection, makes it shared", () => {
    expect(scan("x = 1\nprint(x)\n", "def g(m):\n    return m.x\n").has("main.py", "x")).toBe(false);
    expect(scan("x = 1\nprint('x')\n").has("main.py", "x")).toBe(false);
    expect(scan("x = 1\nprint(globals())\n").has("main.py", "x")).toBe(false);
  });

  test("an attribute nobody assigns is fixed; one assigned anywhere, or with setattr in sight, is not", () => {
    expect(scan("class A:\n    def m(self):\n        self.v = 1\n").fixedAttribute("m")).toBe(true);
    expect(scan("class A:\n    def m(self):\n        self.v = 1\n").fixedAttribute("v")).toBe(false);
    expect(scan("class A:\n    pass\n", "def g(o):\n    setattr(o, 'm', 1)\n").fixedAttribute("m")).toBe(false);
  });
});

describe("names nobody binds and lists nobody else reaches", () => {
  test("a built-in no code binds is unchanging; one bound anywhere, or with reflection in sight, is not", () => {
    expect(unchanging("def f():\n    return range(3)\n", "range")).toBe(true);
    expect(unchanging("def f():\n    return range(3)\n", "range", "def g():\n    global range\n    range = 1\n")).toBe(false);
    expect(unchanging("import builtins\nbuiltins.len = print\n", "len")).toBe(false);
    expect(unchanging("def f():\n    return len('a')\n\ndef len(x):\n    return 0\n", "len")).toBe(false);
    expect(unchanging("print(vars())\n", "range")).toBe(false);
    // Code the scan never read (made by compile() or exec later) is never trusted.
    expect(new PrivateNames([compileSource("x = 1\n", "main.py")], []).unchangingName(compileSource("range\n", "other.py"), "range")).toBe(false);
  });

  /** Whether each `for` loop of the module's top level (in order) iterates a confined list. */
  function confinedLoops(text: string): boolean[] {
    const code = compileSource(text, "main.py");
    const names = new PrivateNames([code], []);
    const loops: boolean[] = [];
    for (let pc = 0; pc < code.code.length / 2; pc++) if (code.code[pc * 2] === Op.FOR_ITER) loops.push(names.iteratesConfinedList(code, pc));
    return loops;
  }

  test("a list built at the top level and only ever iterated there is confined", () => {
    expect(confinedLoops("ws = [x * 2 for x in range(3)]\nfor w in ws:\n    print(w)\nfor w in ws:\n    print(w)\n")).toEqual([true, true]);
    expect(confinedLoops("ws = [1, 2]\nfor w in ws:\n    print(w)\n")).toEqual([true]);
  });

  test("a list passed on, stored from elsewhere, or named by a function is not", () => {
    expect(confinedLoops("ws = [1, 2]\nprint(ws)\nfor w in ws:\n    print(w)\n")).toEqual([false]);
    expect(confinedLoops("other = [1]\nws = other\nfor w in ws:\n    print(w)\n")).toEqual([false]);
    expect(confinedLoops("ws = [1]\ndef f():\n    ws.append(2)\nfor w in ws:\n    print(w)\n")).toEqual([false]);
  });
});

describe("no outcome is lost", () => {
  test("a global the main module's top level and a worker both update still races", () => {
    const text = `import threading

total = 0


def add():
    global total
    total += 1


t = threading.Thread(target=add)
t.start()
total += 10
t.join()
print(total)
`;
    const result = exploreProgram([{ name: "main.py", text }], { model: "free-threaded" });
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => o.stdout).sort()).toEqual(["1\n", "10\n", "11\n"]);
  }, 900_000);

  test("a loop over a list a worker appends to still races with it", () => {
    const text = `import threading

items = [1]


def grow():
    items.append(2)


t = threading.Thread(target=grow)
t.start()
total = 0
for item in items:
    total += item
t.join()
print(total)
`;
    const result = exploreProgram([{ name: "main.py", text }], { model: "free-threaded" });
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => o.stdout).sort()).toEqual(["1\n", "3\n"]);
  }, 900_000);

  test("a built-in a worker rebinds is read where it can change", () => {
    const text = `import threading


def rebind():
    global len
    len = lambda _: 0


t = threading.Thread(target=rebind)
t.start()
print(len("abc"))
t.join()
`;
    const result = exploreProgram([{ name: "main.py", text }], { model: "free-threaded" });
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => o.stdout).sort()).toEqual(["0\n", "3\n"]);
  }, 900_000);
});
