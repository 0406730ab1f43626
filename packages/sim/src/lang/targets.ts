// Assignment and deletion targets: ctx Store/Del, and CPython's "cannot assign to …" errors.

import type * as ast from "./ast.ts";
import type { Reader } from "./parse.ts";

/**
 * Marks an expression as an assignment/deletion target (ctx Store/Del), recursively through tuples,
 * lists and starred items; anything else is CPython's "cannot assign to …" SyntaxError.
 */
export function buildTargets(reader: Reader, expr: ast.Expr, ctx: "Store" | "Del", inAssignment = false): ast.Expr {
  switch (expr.kind) {
    case "Name":
    case "Attribute":
    case "Subscript":
      return { ...expr, ctx };
    case "Tuple":
    case "List":
      return { ...expr, ctx, elts: expr.elts.map((e) => buildTargets(reader, e, ctx, inAssignment)) };
    case "Starred":
      if (ctx === "Del") break;
      return { ...expr, ctx, value: buildTargets(reader, expr.value, ctx, inAssignment) };
    default:
      break;
  }
  const verb = ctx === "Del" ? "delete" : "assign to";
  const hint = inAssignment && !["Tuple", "List", "Starred"].includes(expr.kind) ? " here. Maybe you meant '==' instead of '='?" : "";
  const end = reader.offsetOfLoc({ line: expr.endLine, col: expr.endCol, endLine: expr.endLine, endCol: expr.endCol });
  return reader.syntaxError(`cannot ${verb} ${describeTarget(expr)}${hint}`, reader.offsetOf(expr), end);
}

/** How CPython names an expression in "cannot assign to …" messages. */
export function describeTarget(expr: ast.Expr): string {
  switch (expr.kind) {
    case "Call":
      return "function call";
    case "Constant":
      if (expr.value.type === "Ellipsis") return "ellipsis";
      if (expr.value.type === "None") return "None";
      if (expr.value.type === "bool") return expr.value.value ? "True" : "False";
      return "literal";
    case "BinOp":
    case "UnaryOp":
    case "BoolOp":
      return "expression";
    case "Compare":
      return "comparison";
    case "Lambda":
      return "lambda";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "JoinedStr":
      return "f-string expression";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Tuple":
      return "tuple";
    case "List":
      return "list";
    default:
      return expr.kind.toLowerCase();
  }
}
