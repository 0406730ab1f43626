// `or` / `and` / `not` / comparison chains. lezer gets the precedence of `not` wrong
// (`not a and b` parses as `not (a and b)`), so the parser flattens such chains into their operands
// and keywords, and this re-parses them with Python's precedence.

import type * as ast from "./ast.ts";
import type { Reader } from "./parse.ts";
import type { Token } from "./tokens.ts";

const COMPARE_OPS: Record<string, ast.CmpOperator> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
};

/** Precedence climbing over a flattened `or`/`and`/`not`/comparison chain. */
export class TestChainParser {
  private index = 0;

  constructor(
    private readonly reader: Reader,
    private readonly tokens: Token[],
  ) {}

  parse(): ast.Expr {
    const expr = this.boolOp("or", () => this.boolOp("and", () => this.not()));
    const extra = this.tokens[this.index];
    if (extra) this.reader.syntaxError("invalid syntax", extra.from);
    return expr.expr;
  }

  private peekName(): string | undefined {
    return this.tokens[this.index]?.name;
  }

  private boolOp(keyword: "or" | "and", operand: () => Spanned): Spanned {
    const first = operand();
    const values = [first];
    while (this.peekName() === keyword) {
      this.index++;
      values.push(operand());
    }
    if (values.length === 1) return first;
    const last = values[values.length - 1] as Spanned;
    const expr: ast.BoolOp = { kind: "BoolOp", op: keyword === "or" ? "Or" : "And", values: values.map((v) => v.expr), ...this.reader.loc(first.from, last.to) };
    return { expr, from: first.from, to: last.to };
  }

  private not(): Spanned {
    if (this.peekName() !== "not") return this.comparison();
    const keyword = this.tokens[this.index++] as Token;
    const operand = this.not();
    return { expr: { kind: "UnaryOp", op: "Not", operand: operand.expr, ...this.reader.loc(keyword.from, operand.to) }, from: keyword.from, to: operand.to };
  }

  private comparison(): Spanned {
    const left = this.operand();
    const ops: ast.CmpOperator[] = [];
    const comparators: ast.Expr[] = [];
    let end = left.to;
    for (let op = this.compareOp(); op; op = this.compareOp()) {
      const right = this.operand();
      ops.push(op);
      comparators.push(right.expr);
      end = right.to;
    }
    if (!ops.length) return left;
    return { expr: { kind: "Compare", left: left.expr, ops, comparators, ...this.reader.loc(left.from, end) }, from: left.from, to: end };
  }

  private compareOp(): ast.CmpOperator | null {
    const token = this.tokens[this.index];
    const next = this.tokens[this.index + 1];
    if (!token) return null;
    const pair = (op: ast.CmpOperator, length: number): ast.CmpOperator => ((this.index += length), op);
    if (token.name === "CompareOp") {
      const op = COMPARE_OPS[this.reader.text(token)];
      if (!op) this.reader.syntaxError("invalid syntax", token.from, token.to);
      return pair(op, 1);
    }
    if (token.name === "in") return pair("In", 1);
    if (token.name === "is") return next?.name === "not" ? pair("IsNot", 2) : pair("Is", 1);
    if (token.name === "not" && next?.name === "in") return pair("NotIn", 2);
    return null;
  }

  private operand(): Spanned {
    const token = this.tokens[this.index++];
    if (!token) return this.reader.syntaxError("invalid syntax", this.reader.source.length);
    return { expr: this.reader.expression(token), from: token.from, to: token.to };
  }
}

interface Spanned {
  expr: ast.Expr;
  from: number;
  to: number;
}

