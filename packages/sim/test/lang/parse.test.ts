import { describe, expect, test } from "vitest";
import { SimulatorError } from "../../src/api.ts";
import { dumpAst, pyFloatRepr } from "../../src/lang/dump.ts";
import { parseModule } from "../../src/lang/parse.ts";
import { AST_CASES } from "./ast-cases.ts";
import { hasPython, runPython } from "./python.ts";

const DUMP_ALL = `
import ast, json, sys
cases = json.loads(sys.stdin.read())
print(json.dumps([ast.dump(ast.parse(c["source"]), include_attributes=c["attributes"]) for c in cases]))
`;

describe("parseModule matches CPython's ast", () => {
  test.each(AST_CASES)("$source", ({ source, attributes, expected }) => {
    expect(dumpAst(parseModule(source, "main.py"), attributes)).toBe(expected);
  });

  test.skipIf(!hasPython)("the stored expectations are what python3 prints", () => {
    const output = runPython(DUMP_ALL, [], JSON.stringify(AST_CASES)) ?? "null";
    expect(JSON.parse(output)).toEqual(AST_CASES.map((c) => c.expected));
  });
});

describe("constant values", () => {
  const constant = (source: string): unknown => {
    const [stmt] = parseModule(source, "main.py").body;
    return stmt?.kind === "Expr" && stmt.value.kind === "Constant" ? stmt.value.value : null;
  };

  test("ints are bigints, including past 2**53", () => {
    expect(constant("12345678901234567890123")).toEqual({ type: "int", value: 12345678901234567890123n });
    expect(constant("0x_ff")).toEqual({ type: "int", value: 255n });
  });

  test("a u prefix is a plain str", () => {
    expect(constant("u'x' 'y'")).toEqual({ type: "str", value: "xy" });
  });

  test("bytes decode escapes to byte values", () => {
    expect(constant("b'\\x00\\xff\\n'")).toEqual({ type: "bytes", value: new Uint8Array([0, 255, 10]) });
  });

  test("float repr follows Python's rules", () => {
    expect([1e-6, 1e16, 1.5, 0.0001, 123456789012345680000, 2, -0.5].map(pyFloatRepr)).toEqual([
      "1e-06",
      "1e+16",
      "1.5",
      "0.0001",
      "1.2345678901234568e+20",
      "2.0",
      "-0.5",
    ]);
  });
});

describe("positions", () => {
  test("columns count code points, not UTF-16 units", () => {
    const [stmt] = parseModule("s = '😀' + x", "main.py").body;
    if (stmt?.kind !== "Assign" || stmt.value.kind !== "BinOp") throw new Error("expected an assignment of a BinOp");
    expect(stmt.value.right).toMatchObject({ kind: "Name", col: 10, endCol: 11 });
  });

  test("a def's body statements carry their own lines", () => {
    const [def] = parseModule("def f():\n    x = 1\n\n    return x\n", "main.py").body;
    if (def?.kind !== "FunctionDef") throw new Error("expected a def");
    expect(def.body.map((s) => s.line)).toEqual([2, 4]);
    expect(def).toMatchObject({ line: 1, endLine: 4, endCol: 12 });
  });
});

describe("unsupported constructs are SimulatorErrors with file and line", () => {
  test.each([
    ["x = 1\nmatch x:\n    case 1:\n        pass\n", "match statement is not supported (main.py:2)"],
    ["async def f():\n    pass\n", "async def is not supported (main.py:1)"],
    ["def f():\n    await g()\n", "await is not supported (main.py:2)"],
    ["x = 1j\n", "complex literal is not supported (main.py:1)"],
    ["class A(metaclass=M):\n    pass\n", "class keyword metaclass= is not supported (main.py:1)"],
    ["try:\n    pass\nexcept* E:\n    pass\n", "except* is not supported (main.py:3)"],
    ["s = '\\N{DASH}'\n", "\\N{...} escape is not supported (main.py:1)"],
    ["x = 1\n@registry[0]\ndef f():\n    pass\n", "decorator expression other than a dotted name with arguments is not supported (main.py:2)"],
  ])("%j", (source, message) => {
    let thrown: unknown = null;
    try {
      parseModule(source, "main.py");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SimulatorError);
    expect(String(thrown)).toBe(`SimulatorError: ${message}`);
  });
});
