// Python 3.11 source → the AST of ast.ts, through @lezer/python's concrete syntax tree.
// lezer's tree is flat (a node's children are its tokens and sub-expressions in order), so each
// construct is read from a Tokens cursor. Boolean/comparison chains are re-parsed by test-chain.ts.
// Any node kind not handled is a SimulatorError, never silently dropped.

import { parser } from "@lezer/python";
import type { SyntaxNode } from "@lezer/common";
import { SimulatorError } from "../api.ts";
import type * as ast from "./ast.ts";
import { PySyntaxError } from "./errors.ts";
import { checkTokens, type TokenizerReport } from "./indentation.ts";
import { LineMap } from "./positions.ts";
import { firstSyntaxError, isBareYieldGap } from "./syntax-errors.ts";
import { Tokens, type Token, tokensOf } from "./tokens.ts";
import { StringBuilder } from "./parse-strings.ts";
import { buildTargets, describeTarget } from "./targets.ts";
import { TestChainParser } from "./test-chain.ts";
import { parseNumber, LiteralError, UnsupportedLiteral } from "./literals.ts";

/**
 * Parses one module (Python 3.11). Throws PySyntaxError (CPython's SyntaxError/IndentationError/TabError
 * text, via `format()`) or SimulatorError (a construct outside the subset). Compile-time errors of the
 * symbol table (global/nonlocal misuse, `'return' outside function`…) come from buildSymbolTable.
 */
export function parseModule(source: string, filename: string): ast.Module {
  const lines = new LineMap(source);
  const tokens = checkTokens(source, filename, lines);
  const tree = parser.parse(tokens.lezerSource);
  const error = chooseError(tokens, firstSyntaxError(tree.topNode, source, filename, lines));
  if (error) {
    // lezer's grammar stumbles on some valid match statements; they are outside the subset anyway.
    const match = findNode(tree.topNode, "MatchStatement");
    if (match) throw new SimulatorError("match statement is not supported", filename, lines.at(match.from).line);
    // Likewise lezer only reads `@dotted.name(args)` decorators; CPython 3.9+ takes any expression.
    const decorator = error.type === "SyntaxError" ? findNode(tree.topNode, "Decorator", (node) => !!findNode(node, "⚠")) : null;
    if (decorator) {
      throw new SimulatorError("decorator expression other than a dotted name with arguments is not supported", filename, lines.at(decorator.from).line);
    }
    throw error;
  }
  const reader = new Reader(source, filename, lines);
  return { kind: "Module", body: reader.statements(tokensOf(tree.topNode, source)), filename };
}

/** The first node named `name` in `top`'s subtree (depth first) that `accept` takes. */
function findNode(top: SyntaxNode, name: string, accept: (node: SyntaxNode) => boolean = () => true): SyntaxNode | null {
  if (top.name === name && accept(top)) return top;
  for (let child = top.firstChild; child; child = child.nextSibling) {
    const found = findNode(child, name, accept);
    if (found) return found;
  }
  return null;
}

/**
 * The error CPython reports when several are present. Its parser stops at the first parse error, then
 * tokenizes the rest of the file: a lexical error anywhere (unterminated string, unmatched bracket) wins,
 * and a bracket still open at the end wins over a parse error on a later line. Indentation problems are
 * met in order with parse errors (lezer notices them late: ties go to the indentation error).
 */
function chooseError(tokens: TokenizerReport, parserError: PySyntaxError | null): PySyntaxError | null {
  const indentation = tokens.indentation;
  const indentationFirst = indentation && (!parserError || indentation.error.line <= parserError.line) ? indentation : null;
  if (tokens.lexical) {
    const stopsEarlier = indentationFirst && indentationFirst.error.line <= tokens.lexical.line;
    const reportedFirst = stopsEarlier && (indentationFirst.fromTokenizer || indentationFirst.error.msg === "unexpected indent");
    return reportedFirst ? indentationFirst.error : tokens.lexical;
  }
  if (tokens.neverClosed && (!parserError || parserError.line > tokens.neverClosed.line)) return tokens.neverClosed;
  return indentationFirst?.error ?? parserError;
}

const AUG_OPS: Record<string, ast.BinOperator> = {
  "+": "Add",
  "-": "Sub",
  "*": "Mult",
  "@": "MatMult",
  "/": "Div",
  "%": "Mod",
  "**": "Pow",
  "<<": "LShift",
  ">>": "RShift",
  "|": "BitOr",
  "^": "BitXor",
  "&": "BitAnd",
  "//": "FloorDiv",
};


const UNSUPPORTED_NODES: Record<string, string> = {
  MatchStatement: "match statement",
  AwaitExpression: "await",
  TypeDefinition: "type statement",
};

/** Node kinds that belong to the boolean/comparison layer re-parsed by `testChain`. */
function isTestLayer(node: SyntaxNode, source: string): boolean {
  if (node.name === "UnaryExpression") return node.firstChild?.name === "not";
  if (node.name !== "BinaryExpression") return false;
  const op = node.firstChild?.nextSibling;
  return !!op && !["ArithOp", "BitOp"].includes(op.name) && source.slice(op.from, op.to) !== "";
}

/** Converts lezer nodes of one file to AST nodes. */
export class Reader {
  readonly strings: StringBuilder;

  constructor(
    readonly source: string,
    readonly filename: string,
    readonly lines: LineMap,
  ) {
    this.strings = new StringBuilder(this);
  }

  // ---------- positions and errors ----------

  loc(from: number, to: number): ast.Loc {
    const start = this.lines.at(from);
    const end = this.lines.at(to);
    return { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
  }

  locOf(first: Token, last: Token = first): ast.Loc {
    return this.loc(first.from, last.to);
  }

  unsupported(what: string, at: number): never {
    throw new SimulatorError(`${what} is not supported`, this.filename, this.lines.at(at).line);
  }

  syntaxError(msg: string, from: number, to?: number): never {
    const start = this.lines.at(from);
    const end = to === undefined ? undefined : this.lines.at(to);
    throw new PySyntaxError({
      msg,
      filename: this.filename,
      line: start.line,
      offset: start.col + 1,
      endOffset: end && end.line === start.line && end.col > start.col ? end.col + 1 : undefined,
      sourceLine: this.lines.lineText(start.line),
    });
  }

  text(token: Token): string {
    return this.source.slice(token.from, token.to);
  }

  // ---------- statements ----------

  statements(tokens: Tokens): ast.Stmt[] {
    const out: ast.Stmt[] = [];
    while (!tokens.done()) out.push(...this.statement(tokens.next()));
    return out;
  }

  /** One lezer statement node: usually one Stmt, several for `a; b`. */
  statement(token: Token): ast.Stmt[] {
    const node = token.node;
    if (!node) return this.unexpected(token);
    const parts = tokensOf(node, this.source);
    switch (token.name) {
      case "StatementGroup":
        return parts.all().filter((part) => part.name !== ";").flatMap((part) => this.statement(part));
      case "IfStatement":
        return [this.ifStatement(parts)];
      case "WhileStatement":
        return [this.whileStatement(parts)];
      case "ForStatement":
        return [this.forStatement(parts)];
      case "TryStatement":
        return [this.tryStatement(parts)];
      case "WithStatement":
        return [this.withStatement(parts)];
      case "FunctionDefinition":
        return [this.functionDef(parts, [])];
      case "ClassDefinition":
        return [this.classDef(parts, [])];
      case "DecoratedStatement":
        return [this.decorated(parts)];
      default:
        return [this.simpleStatement(token, parts)];
    }
  }

  simpleStatement(token: Token, parts: Tokens): ast.Stmt {
    const loc = this.locOf(token, parts.last() ?? token);
    switch (token.name) {
      case "ExpressionStatement":
        return { kind: "Expr", value: this.expressionList(parts, token), ...loc };
      case "AssignStatement":
        return this.assignment(parts, loc);
      case "UpdateStatement":
        return this.augAssign(parts, loc);
      case "PassStatement":
        return { kind: "Pass", ...loc };
      case "BreakStatement":
        return { kind: "Break", ...loc };
      case "ContinueStatement":
        return { kind: "Continue", ...loc };
      case "ReturnStatement":
        parts.expect("return");
        return { kind: "Return", value: parts.done() ? null : this.expressionList(parts), ...loc };
      case "DeleteStatement":
        parts.expect("del");
        return { kind: "Delete", targets: this.commaSeparated(parts).map((t) => buildTargets(this, t, "Del")), ...loc };
      case "YieldStatement":
        return { kind: "Expr", value: this.yieldExpression(parts, token), ...loc };
      case "RaiseStatement":
        return this.raise(parts, loc);
      case "ImportStatement":
        return this.importStatement(parts, loc);
      case "ScopeStatement":
        return this.scopeStatement(parts, loc);
      case "AssertStatement":
        return this.assert(parts, loc);
      default:
        return this.unexpected(token);
    }
  }

  unexpected(token: Token): never {
    if (token.name === "PrintStatement") {
      this.syntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", token.from, token.to);
    }
    const what = UNSUPPORTED_NODES[token.name];
    if (what) this.unsupported(what, token.from);
    if (token.name === "⚠") this.syntaxError("invalid syntax", token.from);
    return this.unsupported(`syntax '${token.name}'`, token.from);
  }

  assignment(parts: Tokens, loc: ast.Loc): ast.Stmt {
    const groups: Token[][] = [[]];
    let annotation: Token | null = null;
    for (const part of parts.all()) {
      if (part.name === "AssignOp") groups.push([]);
      else if (part.name === "TypeDef") annotation = part;
      else groups[groups.length - 1]?.push(part);
    }
    const exprs = groups.map((group) => this.expressionList(new Tokens(group, this.source)));
    if (annotation) return this.annotated(exprs, annotation, loc);
    const value = exprs.pop();
    if (!value) return this.syntaxError("invalid syntax", parts.first()?.from ?? 0);
    return { kind: "Assign", targets: exprs.map((e) => buildTargets(this, e, "Store", true)), value, ...loc };
  }

  annotated(exprs: ast.Expr[], annotation: Token, loc: ast.Loc): ast.AnnAssign {
    const [target, value] = exprs;
    if (!target || exprs.length > 2) return this.syntaxError("invalid syntax", annotation.from);
    if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
      return this.syntaxError(`only single target (not ${target.kind === "Tuple" ? "tuple" : "list"}) can be annotated`, this.offsetOf(target));
    }
    const typeDef = tokensOf(annotation.node, this.source);
    typeDef.expect(":");
    const parenthesized = this.source[this.offsetOfLoc(loc)] === "(";
    return {
      kind: "AnnAssign",
      target: buildTargets(this, target, "Store", true) as ast.Name | ast.Attribute | ast.Subscript,
      annotation: this.expression(typeDef.next()),
      value: value ?? null,
      simple: target.kind === "Name" && !parenthesized,
      ...loc,
    };
  }

  augAssign(parts: Tokens, loc: ast.Loc): ast.AugAssign {
    const targetTokens: Token[] = [];
    while (!parts.done() && parts.peek()?.name !== "UpdateOp") targetTokens.push(parts.next());
    const opToken = parts.expect("UpdateOp");
    const target = this.expressionList(new Tokens(targetTokens, this.source));
    if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
      this.syntaxError(`'${describeTarget(target)}' is an illegal expression for augmented assignment`, this.offsetOf(target));
    }
    const op = AUG_OPS[this.text(opToken).slice(0, -1)];
    if (!op) return this.unexpected(opToken);
    const value = parts.peek()?.name === "YieldExpression" ? this.expression(parts.next()) : this.expressionList(parts);
    return { kind: "AugAssign", target: buildTargets(this, target, "Store") as ast.AugAssign["target"], op, value, ...loc };
  }

  raise(parts: Tokens, loc: ast.Loc): ast.Raise {
    parts.expect("raise");
    const exc = parts.done() ? null : this.expression(parts.next());
    let cause: ast.Expr | null = null;
    if (parts.peek()?.name === "from") {
      parts.next();
      cause = this.expression(parts.next());
    }
    if (!parts.done()) this.syntaxError("invalid syntax", parts.next().from);
    return { kind: "Raise", exc, cause, ...loc };
  }

  importStatement(parts: Tokens, loc: ast.Loc): ast.Import | ast.ImportFrom {
    if (parts.peek()?.name === "import") {
      parts.next();
      return { kind: "Import", names: this.aliases(parts, true), ...loc };
    }
    parts.expect("from");
    let level = 0;
    while (parts.peek()?.name === "." || parts.peek()?.name === "Ellipsis") level += this.text(parts.next()).length;
    const moduleTokens: Token[] = [];
    while (!parts.done() && parts.peek()?.name !== "import") moduleTokens.push(parts.next());
    parts.expect("import");
    const module = moduleTokens.length ? moduleTokens.map((t) => this.text(t)).join("") : null;
    return { kind: "ImportFrom", module, names: this.aliases(parts, false), level, ...loc };
  }

  aliases(parts: Tokens, dotted: boolean): ast.Alias[] {
    const inner = parts.all().filter((t) => t.name !== "(" && t.name !== ")");
    if (inner.length === 1 && inner[0]?.name === "*") return [{ kind: "alias", name: "*", asname: null, ...this.locOf(inner[0]) }];
    const groups = new Tokens(inner, this.source).splitOn(",").filter((group) => group.length > 0);
    return groups.map((group) => {
      const names: Token[] = [];
      let asname: Token | null = null;
      for (let i = 0; i < group.length; i++) {
        const token = group[i] as Token;
        if (token.name === "as") asname = group[++i] ?? null;
        else if (token.name !== ".") names.push(token);
      }
      const first = group[0] as Token;
      if (!dotted && names.length > 1) this.syntaxError("invalid syntax", first.from);
      return {
        kind: "alias",
        name: names.map((t) => this.text(t)).join("."),
        asname: asname ? this.text(asname) : null,
        ...this.locOf(first, group[group.length - 1]),
      };
    });
  }

  scopeStatement(parts: Tokens, loc: ast.Loc): ast.Global | ast.Nonlocal {
    const keyword = parts.next();
    const names = parts.all().filter((t) => t.name === "VariableName").map((t) => this.text(t));
    return keyword.name === "global" ? { kind: "Global", names, ...loc } : { kind: "Nonlocal", names, ...loc };
  }

  assert(parts: Tokens, loc: ast.Loc): ast.Assert {
    parts.expect("assert");
    const [test, msg, extra] = this.commaSeparated(parts);
    if (!test || extra) return this.syntaxError("invalid syntax", extra ? this.offsetOf(extra) : loc.col);
    return { kind: "Assert", test, msg: msg ?? null, ...loc };
  }

  // ---------- compound statements ----------

  body(token: Token): ast.Stmt[] {
    const parts = tokensOf(token.node, this.source);
    parts.expect(":");
    return this.statements(parts);
  }

  /** A compound statement ends where its last nested statement ends (as CPython's locations do). */
  compoundLoc(first: Token, lastBody: ast.Stmt[]): ast.Loc {
    const start = this.lines.at(first.from);
    const last = lastBody[lastBody.length - 1];
    if (!last) return this.locOf(first);
    return { line: start.line, col: start.col, endLine: last.endLine, endCol: last.endCol };
  }

  ifStatement(parts: Tokens): ast.If {
    const keyword = parts.next();
    const test = this.expression(parts.next());
    const body = this.body(parts.expect("Body"));
    let orelse: ast.Stmt[] = [];
    if (parts.peek()?.name === "elif") orelse = [this.ifStatement(parts)];
    else if (parts.peek()?.name === "else") {
      parts.next();
      orelse = this.body(parts.expect("Body"));
    }
    return { kind: "If", test, body, orelse, ...this.compoundLoc(keyword, orelse.length ? orelse : body) };
  }

  elseClause(parts: Tokens): ast.Stmt[] {
    if (parts.peek()?.name !== "else") return [];
    parts.next();
    return this.body(parts.expect("Body"));
  }

  whileStatement(parts: Tokens): ast.While {
    const keyword = parts.expect("while");
    const test = this.expression(parts.next());
    const body = this.body(parts.expect("Body"));
    const orelse = this.elseClause(parts);
    return { kind: "While", test, body, orelse, ...this.compoundLoc(keyword, orelse.length ? orelse : body) };
  }

  forStatement(parts: Tokens): ast.For {
    if (parts.peek()?.name === "async") this.unsupported("async for", parts.next().from);
    const keyword = parts.expect("for");
    const targetTokens: Token[] = [];
    while (!parts.done() && parts.peek()?.name !== "in") targetTokens.push(parts.next());
    parts.expect("in");
    const iterTokens: Token[] = [];
    while (!parts.done() && parts.peek()?.name !== "Body") iterTokens.push(parts.next());
    const target = buildTargets(this, this.expressionList(new Tokens(targetTokens, this.source)), "Store");
    const iter = this.expressionList(new Tokens(iterTokens, this.source));
    const body = this.body(parts.expect("Body"));
    const orelse = this.elseClause(parts);
    return { kind: "For", target, iter, body, orelse, ...this.compoundLoc(keyword, orelse.length ? orelse : body) };
  }

  tryStatement(parts: Tokens): ast.Try {
    const keyword = parts.expect("try");
    const body = this.body(parts.expect("Body"));
    const handlers: ast.ExceptHandler[] = [];
    while (parts.peek()?.name === "except") handlers.push(this.exceptHandler(parts));
    const orelse = this.elseClause(parts);
    let finalbody: ast.Stmt[] = [];
    if (parts.peek()?.name === "finally") {
      parts.next();
      finalbody = this.body(parts.expect("Body"));
    }
    const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers : body;
    return { kind: "Try", body, handlers, orelse, finalbody, ...this.compoundLoc(keyword, last as ast.Stmt[]) };
  }

  exceptHandler(parts: Tokens): ast.ExceptHandler {
    const keyword = parts.expect("except");
    if (parts.peek()?.name === "*") this.unsupported("except*", parts.next().from);
    let type: ast.Expr | null = null;
    let name: string | null = null;
    if (parts.peek()?.name !== "Body") type = this.expression(parts.next());
    if (parts.peek()?.name === ",") this.syntaxError("multiple exception types must be parenthesized", keyword.to + 1);
    if (parts.peek()?.name === "as") {
      parts.next();
      name = this.text(parts.expect("VariableName"));
    }
    const body = this.body(parts.expect("Body"));
    return { kind: "ExceptHandler", type, name, body, ...this.compoundLoc(keyword, body) };
  }

  withStatement(parts: Tokens): ast.With {
    if (parts.peek()?.name === "async") this.unsupported("async with", parts.next().from);
    const keyword = parts.expect("with");
    const itemTokens: Token[] = [];
    while (!parts.done() && parts.peek()?.name !== "Body") itemTokens.push(parts.next());
    // The parentheses of `with (a as x, b as y):` were hidden from lezer; they show up here as gap tokens.
    if (itemTokens[0]?.name === "(" && !itemTokens[0].node) itemTokens.splice(0, 1);
    if (itemTokens[itemTokens.length - 1]?.name === ")" && !itemTokens[itemTokens.length - 1]?.node) itemTokens.pop();
    const [only] = itemTokens;
    // `with (a, b):` is two context managers (Python 3.9+), not one tuple.
    if (itemTokens.length === 1 && only?.name === "TupleExpression") itemTokens.splice(0, 1, ...tokensOf(only.node, this.source).all().slice(1, -1));
    const items = new Tokens(itemTokens, this.source).splitOn(",").filter((group) => group.length > 0).map((group): ast.WithItem => {
      const [expr, as, target] = group;
      if (!expr) return this.syntaxError("invalid syntax", keyword.to);
      const optionalVars = as?.name === "as" && target ? buildTargets(this, this.expression(target), "Store") : null;
      return { contextExpr: this.expression(expr), optionalVars };
    });
    const body = this.body(parts.expect("Body"));
    return { kind: "With", items, body, ...this.compoundLoc(keyword, body) };
  }

  decorated(parts: Tokens): ast.FunctionDef | ast.ClassDef {
    const decorators: ast.Expr[] = [];
    while (parts.peek()?.name === "Decorator") decorators.push(this.decorator(parts.next()));
    const def = parts.next();
    const defParts = tokensOf(def.node, this.source);
    if (def.name === "FunctionDefinition") return this.functionDef(defParts, decorators);
    if (def.name === "ClassDefinition") return this.classDef(defParts, decorators);
    return this.unexpected(def);
  }

  decorator(token: Token): ast.Expr {
    const parts = tokensOf(token.node, this.source);
    parts.expect("At");
    const first = parts.expect("VariableName");
    let expr: ast.Expr = this.name(first);
    while (parts.peek()?.name === ".") {
      parts.next();
      const attr = parts.expect("VariableName");
      expr = { kind: "Attribute", value: expr, attr: this.text(attr), ctx: "Load", ...this.locOf(first, attr) };
    }
    const args = parts.peek()?.name === "ArgList" ? parts.next() : null;
    return args ? this.call(expr, args, first) : expr;
  }

  functionDef(parts: Tokens, decoratorList: ast.Expr[]): ast.FunctionDef {
    if (parts.peek()?.name === "async") this.unsupported("async def", parts.next().from);
    const keyword = parts.expect("def");
    const name = this.text(parts.expect("VariableName"));
    if (parts.peek()?.name === "TypeParamList") this.unsupported("type parameters", parts.next().from);
    const params = tokensOf(parts.expect("ParamList").node, this.source).all();
    const args = this.parameters(params.slice(1, -1), true);
    let returns: ast.Expr | null = null;
    if (parts.peek()?.name === "TypeDef") {
      const typeDef = tokensOf(parts.next().node, this.source);
      typeDef.expect("->");
      returns = this.expression(typeDef.next());
    }
    const body = this.body(parts.expect("Body"));
    return { kind: "FunctionDef", name, args, body, decoratorList, returns, ...this.compoundLoc(keyword, body) };
  }

  classDef(parts: Tokens, decoratorList: ast.Expr[]): ast.ClassDef {
    const keyword = parts.expect("class");
    const name = this.text(parts.expect("VariableName"));
    if (parts.peek()?.name === "TypeParamList") this.unsupported("type parameters", parts.next().from);
    let bases: ast.Expr[] = [];
    let keywords: ast.Keyword[] = [];
    if (parts.peek()?.name === "ArgList") ({ args: bases, keywords } = this.argumentList(parts.next()));
    const metaclass = keywords.find((k) => k.arg === "metaclass");
    if (metaclass) this.unsupported("class keyword metaclass=", this.offsetOf(metaclass.value));
    const body = this.body(parts.expect("Body"));
    return { kind: "ClassDef", name, bases, keywords, body, decoratorList, ...this.compoundLoc(keyword, body) };
  }

  /** Parameters of a def (`withAnnotations`) or a lambda, given the tokens between the brackets. */
  parameters(tokens: Token[], withAnnotations: boolean): ast.Arguments {
    const args: ast.Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
    let afterStar = false;
    for (const group of new Tokens(tokens, this.source).splitOn(",")) {
      const [first, second] = group;
      if (!first) continue;
      if (first.name === "/") {
        args.posonlyargs.push(...args.args);
        args.args = [];
      } else if (first.name === "*") {
        afterStar = true;
        if (second) args.vararg = this.param(group.slice(1), withAnnotations).arg;
      } else if (first.name === "**") {
        args.kwarg = this.param(group.slice(1), withAnnotations).arg;
      } else {
        this.addParameter(args, this.param(group, withAnnotations), afterStar, first);
      }
    }
    return args;
  }

  private addParameter(args: ast.Arguments, param: { arg: ast.Arg; default: ast.Expr | null }, afterStar: boolean, at: Token): void {
    if (afterStar) {
      args.kwonlyargs.push(param.arg);
      args.kwDefaults.push(param.default);
      return;
    }
    if (param.default) args.defaults.push(param.default);
    else if (args.defaults.length) this.syntaxError("non-default argument follows default argument", at.from, at.to);
    args.args.push(param.arg);
  }

  private param(group: Token[], withAnnotations: boolean): { arg: ast.Arg; default: ast.Expr | null } {
    const [nameToken, ...rest] = group;
    if (!nameToken || nameToken.name !== "VariableName") return this.syntaxError("invalid syntax", nameToken?.from ?? 0);
    let annotation: ast.Expr | null = null;
    let defaultValue: ast.Expr | null = null;
    let end = nameToken;
    for (let i = 0; i < rest.length; i++) {
      const token = rest[i] as Token;
      if (token.name === "TypeDef" && withAnnotations) {
        const typeDef = tokensOf(token.node, this.source);
        typeDef.expect(":");
        annotation = this.expression(typeDef.next());
        end = token;
      } else if (token.name === "AssignOp") {
        defaultValue = this.expression(rest[++i] ?? token);
      } else {
        this.syntaxError("invalid syntax", token.from);
      }
    }
    const arg: ast.Arg = { kind: "arg", arg: this.text(nameToken), annotation, ...this.locOf(nameToken, end) };
    return { arg, default: defaultValue };
  }

  // ---------- expressions ----------

  /** A comma-separated list of expressions: one expression, or a Tuple when there is a comma. */
  expressionList(tokens: Tokens, whole?: Token): ast.Expr {
    const all = tokens.all();
    const elements = this.commaSeparated(new Tokens(all, this.source));
    const first = all[0];
    const last = all[all.length - 1];
    if (!first || !last) return this.syntaxError("invalid syntax", whole?.from ?? 0);
    if (elements.length === 1 && !all.some((t) => t.name === ",")) return elements[0] as ast.Expr;
    return { kind: "Tuple", elts: elements, ctx: "Load", ...this.locOf(first, last) };
  }

  /** Comma-separated items, each an expression or `*expr` (Starred). */
  commaSeparated(tokens: Tokens): ast.Expr[] {
    return tokens.splitOn(",").filter((group) => group.length > 0).map((group) => this.item(group));
  }

  /** One list/tuple/call item: `expr` or `*expr`. */
  item(group: Token[]): ast.Expr {
    const [first, second, extra] = group;
    if (!first) return this.syntaxError("invalid syntax", 0);
    if (extra) return this.syntaxError("invalid syntax. Perhaps you forgot a comma?", first.from, extra.to);
    if (first.name === "*" && second) {
      return { kind: "Starred", value: this.expression(second), ctx: "Load", ...this.locOf(first, second) };
    }
    if (second) return this.syntaxError("invalid syntax. Perhaps you forgot a comma?", first.from, second.to);
    return this.expression(first);
  }

  expression(token: Token): ast.Expr {
    const node = token.node;
    if (!node) return this.unexpected(token);
    if (isTestLayer(node, this.source)) return this.testChain(token);
    const parts = tokensOf(node, this.source);
    const loc = this.locOf(token);
    switch (token.name) {
      case "VariableName":
        return this.name(token);
      case "Number":
        return this.number(token);
      case "String":
      case "FormatString":
      case "ContinuedString":
        return this.strings.literal(token);
      case "Ellipsis":
        return { kind: "Constant", value: { type: "Ellipsis" }, ...loc };
      case "None":
        return { kind: "Constant", value: { type: "None" }, ...loc };
      case "Boolean":
        return { kind: "Constant", value: { type: "bool", value: this.text(token) === "True" }, ...loc };
      case "ParenthesizedExpression":
        return this.parenthesized(parts);
      case "TupleExpression":
        return { kind: "Tuple", elts: this.commaSeparated(new Tokens(parts.all().slice(1, -1), this.source)), ctx: "Load", ...loc };
      case "ArrayExpression":
        return { kind: "List", elts: this.commaSeparated(new Tokens(parts.all().slice(1, -1), this.source)), ctx: "Load", ...loc };
      case "SetExpression":
        return { kind: "Set", elts: this.commaSeparated(new Tokens(parts.all().slice(1, -1), this.source)), ...loc };
      case "DictionaryExpression":
        return this.dict(parts.all().slice(1, -1), loc);
      case "ComprehensionExpression":
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
        return this.comprehension(token.name, parts.all().slice(1, -1), loc);
      default:
        return this.compoundExpression(token, parts, loc);
    }
  }

  private compoundExpression(token: Token, parts: Tokens, loc: ast.Loc): ast.Expr {
    switch (token.name) {
      case "CallExpression": {
        const func = parts.next();
        return this.call(this.expression(func), parts.expect("ArgList"), func);
      }
      case "MemberExpression":
        return this.member(parts, loc);
      case "UnaryExpression":
        return this.unary(parts, loc);
      case "BinaryExpression":
        return this.binary(parts, loc);
      case "ConditionalExpression": {
        const [body, , test, , orelse] = parts.all();
        if (!body || !test || !orelse) return this.unexpected(token);
        return { kind: "IfExp", test: this.expression(test), body: this.expression(body), orelse: this.expression(orelse), ...loc };
      }
      case "LambdaExpression":
        return this.lambda(parts, loc);
      case "NamedExpression": {
        const [target, , value] = parts.all();
        if (!target || !value) return this.unexpected(token);
        const targetExpr = this.expression(target);
        if (targetExpr.kind !== "Name") this.syntaxError(`cannot use assignment expressions with ${describeTarget(targetExpr)}`, target.from, target.to);
        return { kind: "NamedExpr", target: { ...targetExpr, ctx: "Store" }, value: this.expression(value), ...loc };
      }
      case "YieldExpression":
        return this.yieldExpression(parts, token);
      default:
        return this.unexpected(token);
    }
  }

  name(token: Token): ast.Name {
    return { kind: "Name", id: this.text(token), ctx: "Load", ...this.locOf(token) };
  }

  number(token: Token): ast.Constant {
    try {
      return { kind: "Constant", value: parseNumber(this.text(token)), ...this.locOf(token) };
    } catch (error) {
      if (error instanceof UnsupportedLiteral) this.unsupported(error.message, token.from);
      if (error instanceof LiteralError) this.syntaxError(error.message, token.from);
      throw error;
    }
  }

  parenthesized(parts: Tokens): ast.Expr {
    const open = parts.expect("(");
    const inner = parts.all().slice(0, -1);
    const [first, second] = inner;
    if (!first) return this.syntaxError("invalid syntax", open.from);
    if (first.name === "*") return this.syntaxError("cannot use starred expression here", first.from, second?.to);
    return this.expression(first);
  }

  yieldExpression(parts: Tokens, whole: Token): ast.Yield | ast.YieldFrom {
    const loc = this.locOf(whole, parts.last() ?? whole);
    parts.expect("yield");
    const next = parts.peek();
    if (next?.node && isBareYieldGap(next.node)) parts.next();
    if (parts.peek()?.name === "from") {
      parts.next();
      return { kind: "YieldFrom", value: this.expression(parts.next()), ...loc };
    }
    return { kind: "Yield", value: parts.done() ? null : this.expressionList(parts), ...loc };
  }

  dict(tokens: Token[], loc: ast.Loc): ast.Dict {
    const keys: (ast.Expr | null)[] = [];
    const values: ast.Expr[] = [];
    for (const group of new Tokens(tokens, this.source).splitOn(",")) {
      const [first, second, third] = group;
      if (!first) continue;
      if (first.name === "**" && second) {
        keys.push(null);
        values.push(this.expression(second));
      } else if (second?.name === ":" && third) {
        keys.push(this.expression(first));
        values.push(this.expression(third));
      } else {
        this.syntaxError("':' expected after dictionary key", first.from, first.to);
      }
    }
    return { kind: "Dict", keys, values, ...loc };
  }

  comprehension(kind: string, tokens: Token[], loc: ast.Loc): ast.Expr {
    const forIndex = tokens.findIndex((t) => t.name === "for" || t.name === "async");
    const head = tokens.slice(0, forIndex);
    const generators = this.generators(tokens.slice(forIndex));
    const [first, second, third] = head;
    if (!first) return this.syntaxError("invalid syntax", tokens[0]?.from ?? 0);
    if (first.name === "*" || first.name === "**") return this.syntaxError("iterable unpacking cannot be used in comprehension", first.from, second?.to);
    if (kind === "DictionaryComprehensionExpression") {
      if (!third) return this.syntaxError("invalid syntax", first.from);
      return { kind: "DictComp", key: this.expression(first), value: this.expression(third), generators, ...loc };
    }
    const elt = this.expression(first);
    if (kind === "ArrayComprehensionExpression") return { kind: "ListComp", elt, generators, ...loc };
    if (kind === "SetComprehensionExpression") return { kind: "SetComp", elt, generators, ...loc };
    return { kind: "GeneratorExp", elt, generators, ...loc };
  }

  /** `for t in it if c ... for ...` clauses (lezer nests them flat in the parent's children). */
  generators(tokens: Token[]): ast.Comprehension[] {
    const out: ast.Comprehension[] = [];
    let i = 0;
    const until = (stop: (t: Token) => boolean): Token[] => {
      const start = i;
      while (i < tokens.length && !stop(tokens[i] as Token)) i++;
      return tokens.slice(start, i);
    };
    while (i < tokens.length) {
      const keyword = tokens[i++] as Token;
      if (keyword.name === "async") this.unsupported("async comprehension", keyword.from);
      if (keyword.name === "if") {
        const last = out[out.length - 1];
        const condition = tokens[i++];
        if (!last || !condition) return this.syntaxError("invalid syntax", keyword.from);
        last.ifs.push(this.expression(condition));
        continue;
      }
      if (keyword.name !== "for") return this.syntaxError("invalid syntax", keyword.from);
      const target = this.expressionList(new Tokens(until((t) => t.name === "in"), this.source), keyword);
      i++;
      const iter = tokens[i++];
      if (!iter) return this.syntaxError("invalid syntax", keyword.from);
      out.push({ target: buildTargets(this, target, "Store"), iter: this.expression(iter), ifs: [] });
    }
    return out;
  }

  call(func: ast.Expr, argList: Token, funcToken: Token): ast.Call {
    const { args, keywords } = this.argumentList(argList);
    return { kind: "Call", func, args, keywords, ...this.locOf(funcToken, argList) };
  }

  argumentList(argList: Token): { args: ast.Expr[]; keywords: ast.Keyword[] } {
    const all = tokensOf(argList.node, this.source).all();
    const inner = all.slice(1, -1);
    if (inner.some((t) => t.name === "for")) return { args: [this.soleGenerator(inner, argList)], keywords: [] };
    const args: ast.Expr[] = [];
    const keywords: ast.Keyword[] = [];
    for (const group of new Tokens(inner, this.source).splitOn(",")) {
      const [first, second, third] = group;
      if (!first) continue;
      if (second?.name === "AssignOp" && third) {
        if (this.text(second) === ":=") {
          args.push(this.namedInArgs(first, third));
          continue;
        }
        if (first.name !== "VariableName") this.syntaxError('expression cannot contain assignment, perhaps you meant "=="?', first.from, second.from);
        keywords.push({ kind: "keyword", arg: this.text(first), value: this.expression(third), ...this.locOf(first, third) });
      } else if (first.name === "**" && second) {
        keywords.push({ kind: "keyword", arg: null, value: this.expression(second), ...this.locOf(first, second) });
      } else {
        const arg = this.item(group);
        if (keywords.length && arg.kind !== "Starred") {
          const unpacking = keywords.some((k) => k.arg === null);
          const message = unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
          this.syntaxError(message, argList.to - 1);
        }
        args.push(arg);
      }
    }
    return { args, keywords };
  }

  private namedInArgs(target: Token, value: Token): ast.NamedExpr {
    return {
      kind: "NamedExpr",
      target: { ...this.name(target), ctx: "Store" },
      value: this.expression(value),
      ...this.locOf(target, value),
    };
  }

  /** `f(x for x in y)`: the generator's location spans the call's parentheses, as in CPython. */
  private soleGenerator(inner: Token[], argList: Token): ast.GeneratorExp {
    const forIndex = inner.findIndex((t) => t.name === "for");
    if (inner.slice(0, forIndex).some((t) => t.name === ",")) {
      this.syntaxError("Generator expression must be parenthesized", inner[0]?.from ?? argList.from, inner[inner.length - 1]?.to);
    }
    return this.comprehension("ComprehensionExpression", inner, this.locOf(argList)) as ast.GeneratorExp;
  }

  member(parts: Tokens, loc: ast.Loc): ast.Attribute | ast.Subscript {
    const value = this.expression(parts.next());
    if (parts.peek()?.name === ".") {
      parts.next();
      return { kind: "Attribute", value, attr: this.text(parts.expect("PropertyName")), ctx: "Load", ...loc };
    }
    const inner = parts.all().slice(1, -1);
    return { kind: "Subscript", value, slice: this.subscript(inner, loc), ctx: "Load", ...loc };
  }

  subscript(inner: Token[], loc: ast.Loc): ast.Expr {
    const groups = new Tokens(inner, this.source).splitOn(",");
    const hasComma = inner.some((t) => t.name === ",");
    const elements = groups.filter((g) => g.length > 0).map((g) => this.sliceItem(g));
    const [only] = elements;
    if (only && !hasComma) return only;
    const first = inner[0];
    const last = inner[inner.length - 1];
    if (!first || !last) return this.syntaxError("invalid syntax", this.offsetOfLoc(loc));
    return { kind: "Tuple", elts: elements, ctx: "Load", ...this.locOf(first, last) };
  }

  private sliceItem(group: Token[]): ast.Expr {
    if (!group.some((t) => t.name === ":")) return this.item(group);
    const bounds: (ast.Expr | null)[] = [null, null, null];
    let index = 0;
    for (const token of group) {
      if (token.name === ":") index++;
      else if (index > 2) return this.syntaxError("invalid syntax", token.from);
      else bounds[index] = this.expression(token);
    }
    const first = group[0] as Token;
    return { kind: "Slice", lower: bounds[0] ?? null, upper: bounds[1] ?? null, step: bounds[2] ?? null, ...this.locOf(first, group[group.length - 1]) };
  }

  unary(parts: Tokens, loc: ast.Loc): ast.UnaryOp {
    const op = this.text(parts.next());
    const operand = this.expression(parts.next());
    return { kind: "UnaryOp", op: op === "-" ? "USub" : op === "+" ? "UAdd" : "Invert", operand, ...loc };
  }

  binary(parts: Tokens, loc: ast.Loc): ast.BinOp {
    const [left, opToken, right] = parts.all();
    if (!left || !opToken || !right) return this.syntaxError("invalid syntax", this.offsetOfLoc(loc));
    const op = AUG_OPS[this.text(opToken)];
    if (!op) return this.unexpected(opToken);
    return { kind: "BinOp", left: this.expression(left), op, right: this.expression(right), ...loc };
  }

  lambda(parts: Tokens, loc: ast.Loc): ast.Lambda {
    parts.expect("lambda");
    const params = parts.peek()?.name === "ParamList" ? tokensOf(parts.next().node, this.source).all() : [];
    parts.expect(":");
    return { kind: "Lambda", args: this.parameters(params, false), body: this.expression(parts.next()), ...loc };
  }

  /** `or`/`and`/`not`/comparison chains, re-parsed with Python's precedence. */
  testChain(token: Token): ast.Expr {
    const flat: Token[] = [];
    const flatten = (t: Token): void => {
      if (t.node && isTestLayer(t.node, this.source)) tokensOf(t.node, this.source).all().forEach(flatten);
      else flat.push(t);
    };
    flatten(token);
    return new TestChainParser(this, flat).parse();
  }

  /**
   * The expression of an f-string field, parsed as CPython does: as `(text)` on its own. The text is
   * parsed in a copy of the source blanked outside the field, so offsets (and positions) stay those of
   * the module; errors read as CPython's ("f-string: invalid syntax", on the parenthesized text).
   */
  fieldExpression(from: number, to: number): ast.Expr {
    const blank = this.source.slice(0, from - 1).replace(/[^\n]/g, " ");
    const text = `${blank}(${this.source.slice(from, to)})`;
    const tree = parser.parse(text);
    const statement = tree.topNode.firstChild;
    const error = firstSyntaxError(tree.topNode, text, this.filename, this.lines);
    if (error || !statement || statement.nextSibling || statement.name !== "ExpressionStatement") {
      const fieldText = `(${this.source.slice(from, to)})`;
      const offset = error && error.line === this.lines.at(from).line ? error.offset - this.lines.at(from - 1).col : 1;
      throw new PySyntaxError({ msg: `f-string: ${error?.msg ?? "invalid syntax"}`, filename: this.filename, line: this.lines.at(from).line, offset, endOffset: error?.endOffset === undefined ? undefined : error.endOffset - this.lines.at(from - 1).col, sourceLine: fieldText });
    }
    const sub = new Reader(text, this.filename, this.lines);
    return sub.expressionList(tokensOf(statement, text));
  }

  // ---------- helpers ----------

  offsetOf(expr: ast.Loc): number {
    return this.offsetOfLoc(expr);
  }

  /** The UTF-16 offset of a location's start (inverse of LineMap.at for its start). */
  offsetOfLoc(loc: ast.Loc): number {
    let offset = 0;
    for (let line = 1; line < loc.line; line++) offset += this.lines.lineText(line).length + 1;
    const text = this.lines.lineText(loc.line);
    return offset + [...text].slice(0, loc.col).join("").length;
  }
}
