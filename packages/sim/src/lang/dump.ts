// `dumpAst`: the AST printed exactly as CPython 3.11's `ast.dump(tree, include_attributes=…)` prints
// it, so a parse can be compared with CPython's own (tests, `interleave` debugging).

import type * as ast from "./ast.ts";

/** The fields of each node kind, in CPython's `_fields` order, with our camelCase property names. */
const FIELDS: Record<string, [python: string, ours: string][]> = {
  Module: [["body", "body"], ["type_ignores", "-list"]],
  FunctionDef: f("name args body decorator_list returns"),
  ClassDef: f("name bases keywords body decorator_list"),
  Return: f("value"),
  Delete: f("targets"),
  Assign: f("targets value"),
  AugAssign: f("target op value"),
  AnnAssign: f("target annotation value simple"),
  For: f("target iter body orelse"),
  While: f("test body orelse"),
  If: f("test body orelse"),
  With: f("items body"),
  Raise: f("exc cause"),
  Try: f("body handlers orelse finalbody"),
  Assert: f("test msg"),
  Import: f("names"),
  ImportFrom: f("module names level"),
  Global: f("names"),
  Nonlocal: f("names"),
  Expr: f("value"),
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: f("op values"),
  NamedExpr: f("target value"),
  BinOp: f("left op right"),
  UnaryOp: f("op operand"),
  Lambda: f("args body"),
  IfExp: f("test body orelse"),
  Dict: f("keys values"),
  Set: f("elts"),
  ListComp: f("elt generators"),
  SetComp: f("elt generators"),
  DictComp: f("key value generators"),
  GeneratorExp: f("elt generators"),
  Yield: f("value"),
  YieldFrom: f("value"),
  Compare: f("left ops comparators"),
  Call: f("func args keywords"),
  FormattedValue: f("value conversion format_spec"),
  JoinedStr: f("values"),
  Constant: f("value"),
  Attribute: f("value attr ctx"),
  Subscript: f("value slice ctx"),
  Starred: f("value ctx"),
  Name: f("id ctx"),
  List: f("elts ctx"),
  Tuple: f("elts ctx"),
  Slice: f("lower upper step"),
  ExceptHandler: f("type name body"),
  arg: f("arg annotation"),
  keyword: f("arg value"),
  alias: f("name asname"),
};

function f(names: string): [string, string][] {
  return names.split(" ").map((name) => [name, name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())]);
}

const NO_ATTRIBUTES = new Set(["Module"]);

/** `ast.dump(node, include_attributes=includeAttributes)` of CPython 3.11. */
export function dumpAst(node: ast.Node, includeAttributes = false): string {
  return new Dumper(includeAttributes).node(node as unknown as Record<string, unknown>);
}

class Dumper {
  constructor(private readonly includeAttributes: boolean) {}

  node(node: Record<string, unknown>): string {
    const kind = String(node.kind);
    const fields = FIELDS[kind];
    if (!fields) throw new Error(`dumpAst: unknown node kind ${kind}`);
    const parts: string[] = [];
    for (const [python, ours] of fields) {
      const value = ours === "-list" ? [] : node[ours];
      if (value === null || value === undefined) continue;
      parts.push(`${python}=${this.field(kind, python, value)}`);
    }
    if (this.includeAttributes && !NO_ATTRIBUTES.has(kind) && typeof node.line === "number") {
      parts.push(`lineno=${node.line}`, `col_offset=${String(node.col)}`, `end_lineno=${String(node.endLine)}`, `end_col_offset=${String(node.endCol)}`);
    }
    return `${kind === "Expr" ? "Expr" : kind}(${parts.join(", ")})`;
  }

  private field(kind: string, python: string, value: unknown): string {
    if (python === "ctx" || python === "op") return `${String(value)}()`;
    if (python === "ops") return `[${(value as string[]).map((op) => `${op}()`).join(", ")}]`;
    if (python === "simple") return value ? "1" : "0";
    if (kind === "Constant" && python === "value") return constantRepr(value as ast.ConstantValue);
    if (python === "args" && (kind === "FunctionDef" || kind === "Lambda")) return this.arguments(value as ast.Arguments);
    if (python === "items") return `[${(value as ast.WithItem[]).map((item) => this.withItem(item)).join(", ")}]`;
    if (python === "generators") return `[${(value as ast.Comprehension[]).map((c) => this.comprehension(c)).join(", ")}]`;
    return this.value(value);
  }

  private value(value: unknown): string {
    if (value === null || value === undefined) return "None";
    if (Array.isArray(value)) return `[${value.map((v) => this.value(v)).join(", ")}]`;
    if (typeof value === "string") return pyStr(value);
    if (typeof value === "number") return String(value);
    if (typeof value === "object" && "kind" in value) return this.node(value as Record<string, unknown>);
    throw new Error(`dumpAst: unexpected value ${String(value)}`);
  }

  private arguments(args: ast.Arguments): string {
    const parts = [`posonlyargs=${this.value(args.posonlyargs)}`, `args=${this.value(args.args)}`];
    if (args.vararg) parts.push(`vararg=${this.value(args.vararg)}`);
    parts.push(`kwonlyargs=${this.value(args.kwonlyargs)}`, `kw_defaults=${this.value(args.kwDefaults)}`);
    if (args.kwarg) parts.push(`kwarg=${this.value(args.kwarg)}`);
    parts.push(`defaults=${this.value(args.defaults)}`);
    return `arguments(${parts.join(", ")})`;
  }

  private withItem(item: ast.WithItem): string {
    const vars = item.optionalVars ? `, optional_vars=${this.value(item.optionalVars)}` : "";
    return `withitem(context_expr=${this.value(item.contextExpr)}${vars})`;
  }

  private comprehension(c: ast.Comprehension): string {
    return `comprehension(target=${this.value(c.target)}, iter=${this.value(c.iter)}, ifs=${this.value(c.ifs)}, is_async=0)`;
  }
}

function constantRepr(value: ast.ConstantValue): string {
  switch (value.type) {
    case "int":
      return value.value.toString();
    case "float":
      return pyFloatRepr(value.value);
    case "complex":
      return `${pyFloatRepr(value.imag)}j`;
    case "str":
      return pyStr(value.value);
    case "bytes":
      return pyBytes(value.value);
    case "bool":
      return value.value ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "Ellipsis";
  }
}

/** Python's `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa = "", exponentText = "0"] = x.toExponential().split("e");
  const exponent = Number(exponentText);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace(/[-.]/g, "");
  if (exponent < -4 || exponent >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${body}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${intPart}.${fraction || "0"}`;
}

/** Python's `repr(str)`: printable characters as they are, the others escaped. */
export function pyStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch !== " " && NOT_PRINTABLE.test(ch)) out += escapeCodePoint(code);
    else out += ch;
  }
  return out + quote;
}

/** What Python's str.isprintable() rejects (other than the ASCII space): control, format, separators… */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function escapeCodePoint(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, "0")}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, "0")}`;
  return `\\U${code.toString(16).padStart(8, "0")}`;
}

function pyBytes(bytes: Uint8Array): string {
  const text = String.fromCharCode(...bytes);
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = `b${quote}`;
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    if (ch === "\\" || ch === quote) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${byte.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}
