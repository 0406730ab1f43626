import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disassemble } from "../../src/index.ts";

const hasPython = spawnSync("python3", ["--version"]).status === 0;

const WORKER = "count = 0\n\n\ndef worker(n):\n    global count\n    for _ in range(n):\n        count += 1\n";

/** What `python3 -m dis` (CPython 3.11.7) printed for WORKER, code object addresses aside. */
const WORKER_LISTING = `  0           0 RESUME                   0

  1           2 LOAD_CONST               0 (0)
              4 STORE_GLOBAL             0 (count)

  4           6 LOAD_CONST               1 (<code object worker at ADDR, file "w.py", line 4>)
              8 MAKE_FUNCTION            0
             10 STORE_NAME               1 (worker)
             12 LOAD_CONST               2 (None)
             14 RETURN_VALUE

Disassembly of <code object worker at ADDR, file "w.py", line 4>:
  4           0 RESUME                   0

  6           2 LOAD_GLOBAL              1 (NULL + range)
             14 LOAD_FAST                0 (n)
             16 PRECALL                  1
             20 CALL                     1
             30 GET_ITER
        >>   32 FOR_ITER                12 (to 58)
             34 STORE_FAST               1 (_)

  7          36 LOAD_GLOBAL              2 (count)
             48 LOAD_CONST               1 (1)
             50 BINARY_OP               13 (+=)
             54 STORE_GLOBAL             1 (count)
             56 JUMP_BACKWARD           13 (to 32)

  6     >>   58 LOAD_CONST               0 (None)
             60 RETURN_VALUE
`;

const withoutAddresses = (listing: string): string => listing.replace(/0x[0-9a-f]+/g, "ADDR");

function pythonDis(source: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sim-dis-"));
  writeFileSync(join(dir, name), source);
  return spawnSync("python3", ["-m", "dis", name], { cwd: dir, encoding: "utf8" }).stdout;
}

describe("disassemble", () => {
  it("lists `count += 1` on a global as LOAD_GLOBAL / LOAD_CONST / BINARY_OP 13 (+=) / STORE_GLOBAL", () => {
    expect(withoutAddresses(disassemble({ name: "w.py", text: WORKER }))).toBe(WORKER_LISTING);
  });

  it.runIf(hasPython)("matches python3 -m dis exactly for the worker loop", () => {
    expect(withoutAddresses(pythonDis(WORKER, "w.py"))).toBe(WORKER_LISTING);
  });

  it.runIf(hasPython)("matches python3 -m dis for try/except/finally, closures, classes and comprehensions", () => {
    const source = [
      "def safe(d, k):",
      "    try:",
      "        x = d[k]",
      "    except KeyError as e:",
      "        print('missing', e)",
      "    else:",
      "        return x",
      "",
      "def closure():",
      "    x = 1",
      "    def inner():",
      "        return x + 1",
      "    return inner",
      "",
      "class A:",
      "    def m(self):",
      "        return super().m()",
      "",
      "squares = [i * i for i in range(3) if i]",
      "print(f'{squares!r:>5}', 1 < len(squares) <= 3)",
      "",
    ].join("\n");
    const opcodesOnly = (listing: string): string[] =>
      withoutAddresses(listing)
        .split("\n")
        .map((line) => line.replace(/^\s*\d*\s*(>>)?\s*\d+ /, "").replace(/\s+/g, " ").trim())
        .filter((line) => line);
    expect(opcodesOnly(disassemble({ name: "p.py", text: source }))).toEqual(opcodesOnly(pythonDis(source, "p.py")));
  });

  it.runIf(hasPython)("folds constants where CPython 3.11's AST optimiser does (ast_opt.c)", () => {
    const source = [
      "a = -1", "b = (1, (2, -3), 'x')", "c = 2 * 3 + 1", "d = ~5", "e = 'ab' + 'cd'", "f = not True",
      "g = x in [1, 2, 3]", "h = y in {1, -2}", "for i in [1, 2]:", "    print(i)", "k = 2 ** 10",
      "m = 'abc'[1]", "n = -2.5", "p = [-1, 2, 3]", "q = {1, -2, 3}", "r = [v for v in [a, b]]",
      "s = 1 < x in [a, b]", "t = 2 ** 200", "u = 'ab' * 3", "w = 1 << 130", "z = (1, 2) + (3,)",
      "zz = 1 / 0", "print(a)", "",
    ].join("\n");
    expect(withoutAddresses(disassemble({ name: "p.py", text: source }))).toBe(withoutAddresses(pythonDis(source, "p.py")));
  });
});
