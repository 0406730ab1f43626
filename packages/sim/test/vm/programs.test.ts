import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../src/index.ts";

/** The repo's copy of ../shared/conformance (test/conformance checks the copy is exact). */
const CONFORMANCE = join(import.meta.dirname, "../conformance/cases");

function run(source: string, extra: { name: string; text: string }[] = []) {
  return runProgram([{ name: "main.py", text: source }, ...extra]);
}

interface Expectation {
  stdout?: string;
  exitCode?: number;
  stderrIncludes?: string[];
  stderrEndsWith?: string;
}

describe("conformance programs of Simulator I", () => {
  for (const name of ["sequential_basics", "traceback_format"]) {
    it(name, () => {
      const dir = join(CONFORMANCE, name);
      const spec = JSON.parse(readFileSync(join(dir, "expect.json"), "utf8")) as { checks: { expect: Expectation }[] };
      const expected = spec.checks[0]!.expect;
      const result = run(readFileSync(join(dir, "main.py"), "utf8"));
      if (expected.stdout !== undefined) expect(result.stdout).toBe(expected.stdout);
      if (expected.exitCode !== undefined) expect(result.exitCode).toBe(expected.exitCode);
      for (const part of expected.stderrIncludes ?? []) expect(result.stderr).toContain(part);
      if (expected.stderrEndsWith) expect(result.stderr.endsWith(expected.stderrEndsWith)).toBe(true);
    });
  }
});

describe("object model (outputs checked against python3 3.11)", () => {
  it("dict keys use Python hash/eq: 1, 1.0 and True are one key", () => {
    expect(run('print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}[(1.0, 2)])').stdout).toBe("{1: 'c'} 3\n");
  });

  it("sets iterate in CPython's order for ints", () => {
    const source = "s = set()\nfor i in [33, 1, 65, 17, 9, 200, 7]:\n    s.add(i)\ns.discard(65)\ns.add(97)\nprint(s, {10, 2, 3}, {n % 3 for n in range(10)})";
    expect(run(source).stdout).toBe("{97, 33, 1, 7, 200, 9, 17} {2, 10, 3} {0, 1, 2}\n");
  });

  it("C3 MRO, super(), properties, class and static methods", () => {
    const source = [
      "class A:",
      "    def who(self): return 'A'",
      "class B(A):",
      "    def who(self): return 'B' + super().who()",
      "class C(A):",
      "    def who(self): return 'C' + super().who()",
      "class D(B, C):",
      "    def who(self): return 'D' + super().who()",
      "    @property",
      "    def name(self): return self.who().lower()",
      "    @classmethod",
      "    def make(cls): return cls()",
      "    @staticmethod",
      "    def twice(x): return 2 * x",
      "print(D().who(), [k.__name__ for k in D.__mro__], D.make().name, D.twice(4))",
    ].join("\n");
    expect(run(source).stdout).toBe("DBCA ['D', 'B', 'C', 'A', 'object'] dbca 8\n");
  });

  it("user __eq__/__hash__ in dicts, __lt__ in sorted (stable), reflected operators", () => {
    const source = [
      "class P:",
      "    def __init__(self, v): self.v = v",
      "    def __eq__(self, o): return self.v == o.v",
      "    def __hash__(self): return hash(self.v)",
      "    def __lt__(self, o): return self.v < o.v",
      "    def __radd__(self, o): return o + self.v",
      "    def __repr__(self): return f'P({self.v})'",
      "d = {P(1): 'x'}",
      "d[P(1)] = 'y'",
      "print(d, sorted([P(2), P(1), P(3)]), 10 + P(5), sum([P(1), P(2)]))",
    ].join("\n");
    expect(run(source).stdout).toBe("{P(1): 'y'} [P(1), P(2), P(3)] 15 3\n");
  });

  it("generators, closures, with, try/finally through return and break", () => {
    const source = [
      "def gen():",
      "    for i in range(3):",
      "        yield i",
      "def counter():",
      "    n = 0",
      "    def step():",
      "        nonlocal n",
      "        n += 1",
      "        return n",
      "    return step",
      "class CM:",
      "    def __enter__(self): print('enter'); return 'v'",
      "    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True",
      "def f():",
      "    try:",
      "        return 'r'",
      "    finally:",
      "        print('finally')",
      "with CM() as v:",
      "    print(v)",
      "    raise ValueError",
      "s = counter(); s()",
      "for i in gen():",
      "    try:",
      "        if i == 1: break",
      "    finally:",
      "        print('fin', i)",
      "print(list(gen()), s(), f())",
    ].join("\n");
    expect(run(source).stdout).toBe("enter\nv\nexit ValueError\nfin 0\nfin 1\nfinally\n[0, 1, 2] 2 r\n");
  });

  it("mangles private names in classes", () => {
    const source = [
      "class Account:",
      "    def __init__(self, balance): self.__balance = balance",
      "    def __double(self): return self.__balance * 2",
      "    def show(self): return self.__double()",
      "a = Account(5)",
      "print(a.show(), a._Account__balance, hasattr(a, '__balance'))",
    ].join("\n");
    expect(run(source).stdout).toBe("10 5 False\n");
  });

  it("imports a module among the program's files", () => {
    const tasks = { name: "tasks.py", text: "def cpu_task(n):\n    return sum(range(n))\nprint('loading', __name__)\n" };
    const result = run("from tasks import cpu_task\nimport tasks\nif __name__ == '__main__':\n    print(cpu_task(10), tasks.cpu_task(3))", [tasks]);
    expect(result.stdout).toBe("loading tasks\n45 3\n");
  });
});

describe("runs are bounded and report their end", () => {
  it("the instruction budget ends an endless loop with the place it reached", () => {
    const result = runProgram([{ name: "main.py", text: "n = 0\nwhile True:\n    n += 1\n" }], { maxInstructions: 10_000 });
    expect(result.timedOut).toBe(true);
    expect(result.timeoutReason).toMatch(/^instruction budget of 10000 exhausted at main\.py:[23]$/);
  });

  it("a SyntaxError prints CPython's text and exits 1 with no output", () => {
    const result = run("print('a')\nx = (1,\n");
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('File "main.py"');
  });

  it("sys.exit follows CPython's exit-code rules", () => {
    expect(run("import sys\nsys.exit()").exitCode).toBe(0);
    expect(run("import sys\nsys.exit(256 + 7)").exitCode).toBe(7);
    const message = run("import sys\nsys.exit('bye')");
    expect([message.exitCode, message.stderr]).toEqual([1, "bye\n"]);
  });

  it("an unknown module is ModuleNotFoundError", () => {
    const result = run("import no_such_module\n");
    expect([result.exitCode, result.stderr.endsWith("ModuleNotFoundError: No module named 'no_such_module'\n")]).toEqual([1, true]);
  });

  it("time.sleep advances the virtual clock", () => {
    const result = run("import time\nt = time.perf_counter()\ntime.sleep(0.5)\nprint(round(time.perf_counter() - t, 3))");
    expect(result.stdout).toBe("0.5\n");
    expect(result.wallNs).toBeGreaterThan(500_000_000);
  });
});
