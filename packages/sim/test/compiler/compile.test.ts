import { describe, expect, it } from "vitest";
import { compileSource } from "../../src/compiler/pipeline.ts";
import { OPCODES } from "../../src/bytecode/opcodes.ts";
import { isCodeObject, type CodeObject } from "../../src/bytecode/code.ts";
import { SimulatorError } from "../../src/index.ts";

function nested(code: CodeObject, name: string): CodeObject {
  const found = code.consts.find((c): c is CodeObject => isCodeObject(c) && c.name === name);
  if (!found) throw new Error(`no code object ${name}`);
  return found;
}

function opnames(code: CodeObject): string[] {
  const names: string[] = [];
  for (let i = 0; i < code.code.length; i += 2) names.push(OPCODES[code.code[i] as number]!.name);
  return names;
}

describe("compiler", () => {
  it("compiles `count += 1` on a global to LOAD_GLOBAL / LOAD_CONST / BINARY_OP 13 / STORE_GLOBAL", () => {
    const code = nested(compileSource("count = 0\ndef f():\n    global count\n    count += 1\n", "m.py"), "f");
    expect(opnames(code)).toEqual(["RESUME", "LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL", "LOAD_CONST", "RETURN_VALUE"]);
    expect(code.code[7]).toBe(13);
    expect([...code.lines]).toEqual([2, 4, 4, 4, 4, 4, 4]);
  });

  it("turns try/except blocks into an exception table (handler depth, lasti for cleanups)", () => {
    const source = "def f(d):\n    try:\n        return d['k']\n    except KeyError as e:\n        return str(e)\n";
    const code = nested(compileSource(source, "m.py"), "f");
    const table = code.exceptionTable.map(({ depth, lasti }) => ({ depth, lasti }));
    expect(table).toEqual([
      { depth: 0, lasti: false },
      { depth: 1, lasti: true },
      { depth: 1, lasti: true },
      { depth: 1, lasti: true },
      { depth: 1, lasti: true },
    ]);
    // Every handler target is a real instruction and the protected ranges do not overlap.
    const count = code.code.length / 2;
    for (const entry of code.exceptionTable) expect(entry.target).toBeLessThan(count);
    const starts = code.exceptionTable.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("computes the maximum stack depth from the opcode table's stack effects", () => {
    const code = compileSource("x = [a, b, (c, d, e)]\n", "m.py");
    expect(code.maxStackDepth).toBe(5);
  });

  it("makes comprehensions nested functions and generators RETURN_GENERATOR first", () => {
    const code = compileSource("squares = [n * n for n in range(3)]\ngen = (n for n in range(3))\n", "m.py");
    expect(opnames(nested(code, "<listcomp>")).slice(0, 3)).toEqual(["RESUME", "BUILD_LIST", "LOAD_FAST"]);
    expect(opnames(nested(code, "<genexpr>")).slice(0, 3)).toEqual(["RETURN_GENERATOR", "POP_TOP", "RESUME"]);
  });

  it("reports constructs outside the subset as SimulatorError with file and line", () => {
    const attempt = (): CodeObject => compileSource("async def g():\n    pass\n", "m.py");
    expect(attempt).toThrow(SimulatorError);
    try {
      attempt();
    } catch (error) {
      expect(String(error)).toBe("SimulatorError: async def is not supported (m.py:1)");
    }
  });
});
