// Module-private global names and fixed attributes: what the static scan may and may not call private,
// and that using it loses no outcome.
import { describe, expect, test } from "vitest";
import { compileSource } from "../../src/compiler/pipeline.ts";
import { PrivateNames } from "../../src/explore/privacy.ts";
import { exploreProgram } from "../../src/index.ts";

function scan(text: string, library = ""): PrivateNames {
  return new PrivateNames([compileSource(text, "main.py")], library ? [compileSource(library, "<frozen lib>")] : []);
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
});
