import { describe, expect, test } from "vitest";
import type { Scope } from "../../src/compiler/symbols.ts";
import { buildSymbolTable, mangle, nameScope, scopeOf } from "../../src/compiler/symbols.ts";
import { parseModule } from "../../src/lang/parse.ts";
import { hasPython, runPython } from "./python.ts";
import { SYMBOL_CASES } from "./symbol-cases.ts";

/** Prints symtable's view and the code objects' name tuples, like the python3 script below. */
const SYMDUMP = `
import symtable, sys, types
SCOPES = ['?', 'LOCAL', 'GLOBAL_EXPLICIT', 'GLOBAL_IMPLICIT', 'FREE', 'CELL']
def tables(t, out):
    syms = []
    for s in t.get_symbols():
        extra = '+class' if s._Symbol__flags & 64 else ''
        syms.append(f"{s.get_name()}={SCOPES[s._Symbol__scope]}{extra}")
    out.append(f"{t.get_type()} {t.get_name()}: {' '.join(syms)}")
    for c in t.get_children():
        tables(c, out)
def codes(co, out):
    out.append(f"{co.co_name}@{co.co_firstlineno}: varnames={list(co.co_varnames)} cellvars={list(co.co_cellvars)} freevars={list(co.co_freevars)}")
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, out)
src = sys.stdin.read()
out = []
tables(symtable.symtable(src, 'main.py', 'exec'), out)
cs = []
codes(compile(src, 'main.py', 'exec'), cs)
print("\\n".join(out + sorted(cs)))
`;

const pyList = (names: string[]): string => `[${names.map((n) => `'${n}'`).join(", ")}]`;

function dumpTables(scope: Scope, out: string[]): void {
  const type = scope.kind === "module" || scope.kind === "class" ? scope.kind : "function";
  const name = scope.kind === "module" ? "top" : scope.name.replace(/^<(.*)>$/, "$1");
  const symbols = [...scope.symbols.values()].map((s) => `${s.name}=${s.scope}${s.isFreeInClass ? "+class" : ""}`);
  out.push(`${type} ${name}: ${symbols.join(" ")}`);
  scope.children.forEach((child) => dumpTables(child, out));
}

function dumpCodes(scope: Scope, out: string[]): void {
  out.push(`${scope.name}@${firstLine(scope)}: varnames=${pyList(varnames(scope))} cellvars=${pyList(scope.cellvars)} freevars=${pyList(scope.freevars)}`);
  scope.children.forEach((child) => dumpCodes(child, out));
}

/** co_firstlineno: a decorated def or class starts at its first decorator. */
function firstLine(scope: Scope): number {
  const node = scope.node;
  if (node.kind === "Module") return 1;
  const decorators = node.kind === "FunctionDef" || node.kind === "ClassDef" ? node.decoratorList : [];
  return Math.min(node.line, ...decorators.map((d) => d.line));
}

function varnames(scope: Scope): string[] {
  return scope.kind === "module" || scope.kind === "class" ? [] : scope.varnames;
}

function symdump(source: string): string {
  const table = buildSymbolTable(parseModule(source, "main.py"), source);
  const tables: string[] = [];
  const codes: string[] = [];
  dumpTables(table.module, tables);
  dumpCodes(table.module, codes);
  return [...tables, ...codes.sort()].join("\n");
}

describe("buildSymbolTable agrees with CPython's symtable and code objects", () => {
  test.each(SYMBOL_CASES)("$name", ({ source, expected }) => {
    expect(symdump(source)).toBe(expected);
  });

  test.skipIf(!hasPython).each(SYMBOL_CASES)("the stored expectation for $name is what python3 reports", ({ source, expected }) => {
    expect(runPython(SYMDUMP, [], source)?.trimEnd()).toBe(expected);
  });
});

describe("scope details the compiler uses", () => {
  const source = "def f(a, *b, c, **d):\n    yield a\nclass K:\n    def m(self):\n        return super().m()\n";
  const module = parseModule(source, "main.py");
  const table = buildSymbolTable(module, source);
  const [f, k] = module.body;

  test("parameter counts and flags", () => {
    if (f?.kind !== "FunctionDef") throw new Error("expected def f");
    expect(scopeOf(table, f)).toMatchObject({
      argCount: 1,
      kwOnlyArgCount: 1,
      hasVarargs: true,
      hasVarkeywords: true,
      isGenerator: true,
      varnames: ["a", "c", "b", "d"],
    });
  });

  test("zero-argument super() gives the class a __class__ cell and the method a free __class__", () => {
    if (k?.kind !== "ClassDef") throw new Error("expected class K");
    const classScope = scopeOf(table, k);
    expect(classScope).toMatchObject({ needsClassClosure: true, cellvars: ["__class__"] });
    const [method] = classScope.children;
    expect(method?.freevars).toEqual(["__class__"]);
    expect(method && nameScope(method, "super")).toBe("GLOBAL_IMPLICIT");
  });

  test("private names are mangled inside classes only", () => {
    expect(mangle("Account", "__count")).toBe("_Account__count");
    expect(mangle("_Account", "__init__")).toBe("__init__");
    expect(mangle(null, "__count")).toBe("__count");
  });
});
