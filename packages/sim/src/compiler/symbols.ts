// The symbol-table pass, following CPython 3.11's Python/symtable.c: one Scope per module, class,
// function, lambda and comprehension, and for every name in it where the compiler finds it
// (fast local, global, cell/free variable, or the class/module namespace).

import type * as ast from "../lang/ast.ts";
import { PySyntaxError } from "../lang/errors.ts";
import { LineMap } from "../lang/positions.ts";

/** Where a name lives, as CPython's symtable computes it (`symtable.Symbol` flags). */
export type NameScope = "LOCAL" | "GLOBAL_EXPLICIT" | "GLOBAL_IMPLICIT" | "FREE" | "CELL";

/** The block kinds of symtable.c; lambdas and comprehensions are function blocks there. */
export type ScopeKind = "module" | "class" | "function" | "lambda" | "comprehension";

/** The AST nodes that open a scope. */
export type ScopeNode =
  | ast.Module
  | ast.ClassDef
  | ast.FunctionDef
  | ast.Lambda
  | ast.ListComp
  | ast.SetComp
  | ast.DictComp
  | ast.GeneratorExp;

/** One name of one scope. */
export interface SymbolInfo {
  name: string;
  scope: NameScope;
  /** A parameter of this function (including `.0` of a comprehension). */
  isParameter: boolean;
  /** Bound here: assignment, def/class, import, for/with/except target, del, walrus, parameter. */
  isAssigned: boolean;
  /** Read here. */
  isReferenced: boolean;
  /**
   * Class scopes only: the name is bound (or declared global) in the class body AND a method reads it
   * as a free variable of an enclosing function. The compiler loads it with LOAD_CLASSDEREF, and it is
   * listed in the class's freevars (CPython's DEF_FREE_CLASS).
   */
  isFreeInClass: boolean;
}

export interface Scope {
  kind: ScopeKind;
  /** The name CPython gives the code object: "<module>", the def/class name, "<lambda>", "<listcomp>", "<genexpr>"… */
  name: string;
  node: ScopeNode;
  parent: Scope | null;
  /** Directly nested scopes, in source order. */
  children: Scope[];
  /** Every name used in this scope, in order of first appearance (as `symtable.get_identifiers()`). */
  symbols: Map<string, SymbolInfo>;
  /**
   * Function-like scopes: co_varnames — the parameters in CPython's order (posonly, regular, kwonly,
   * *args, **kwargs), then the other LOCAL names (not cells: those live in cells) in the order the symbol
   * table meets them. CPython's compiler appends a local when it first emits an access to it, which
   * differs only in rare orders (`a = (b := 1)` inside a def puts b first): to match co_varnames
   * exactly, start from the parameters and append on first emission. Empty for module/class.
   */
  varnames: string[];
  /**
   * Names that are CELL here in co_cellvars order: cell parameters in parameter order, then the other
   * cells sorted (a class that needs it has just "__class__").
   */
  cellvars: string[];
  /** Names that are FREE here (and, for a class, its isFreeInClass names), sorted as co_freevars. */
  freevars: string[];
  /** Function-like scopes: the function contains `yield`/`yield from` (or is a generator expression). */
  isGenerator: boolean;
  /** freevars is not empty: creating the function needs a closure tuple. */
  hasFreeVars: boolean;
  /** Class scopes: a method uses `super` or `__class__`, so the class body creates a `__class__` cell. */
  needsClassClosure: boolean;
  /** Function-like scopes: co_argcount (posonly + regular), co_posonlyargcount, co_kwonlyargcount, and the flags. */
  argCount: number;
  posOnlyArgCount: number;
  kwOnlyArgCount: number;
  hasVarargs: boolean;
  hasVarkeywords: boolean;
}

export interface SymbolTable {
  module: Scope;
  /** The scope every scope-opening node (module, class, def, lambda, comprehension) opens. */
  scopes: Map<ScopeNode, Scope>;
}

/**
 * The pass itself: `buildSymbolTable(module, source)`; `source` is the module's text, used for the
 * source line of a SyntaxError (`name 'x' is used prior to global declaration`, `no binding for nonlocal
 * 'x' found`, `'return' outside function`, …) thrown as PySyntaxError.
 */
export function buildSymbolTable(module: ast.Module, source: string): SymbolTable {
  const report = errorReporter(module.filename, source);
  const builder = new Builder(module, report);
  builder.visitModule(module);
  analyzeScope(builder.top, null, new Set(), report);
  finishScope(builder.top);
  checkControlFlow(module.body, report);
  return { module: builder.top, scopes: builder.scopes };
}

/** The scope a node opens; throws if the node was not part of the analysed module. */
export function scopeOf(table: SymbolTable, node: ScopeNode): Scope {
  const scope = table.scopes.get(node);
  if (!scope) throw new Error(`no scope recorded for a ${node.kind} node`);
  return scope;
}

/** The scope of `name` inside `scope`: names the scope never mentions are GLOBAL_IMPLICIT, as in CPython. */
export function nameScope(scope: Scope, name: string): NameScope {
  return scope.symbols.get(name)?.scope ?? "GLOBAL_IMPLICIT";
}

/**
 * CPython's private-name mangling: inside class `className`, `__x` (not ending in `__`, no dot) is
 * `_ClassName__x`. The symbol table stores mangled names; the compiler must mangle the same way.
 */
export function mangle(className: string | null, name: string): string {
  if (!className || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped ? `_${stripped}__${name.slice(2)}` : name;
}

// ---------- building: the visit of symtable.c ----------

// Flags of symtable.c: how a name is used in a block.
const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_IMPORT = 64;
const DEF_ANNOT = 128;
const DEF_COMP_ITER = 256;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

type Report = (msg: string, at: ast.Loc) => never;

function errorReporter(filename: string, source: string): Report {
  const lines = new LineMap(source);
  return (msg, at) => {
    const sourceLine = lines.lineText(at.line);
    // A location spanning lines is underlined to the end of its first line, as CPython does.
    const endOffset = at.endLine === at.line ? at.endCol + 1 : [...sourceLine].length + 1;
    throw new PySyntaxError({ msg, filename, line: at.line, offset: at.col + 1, endOffset, sourceLine });
  };
}

/** A scope while it is being built: the symtable.c entry (flags per name, directives). */
interface Draft extends Scope {
  flags: Map<string, number>;
  /** Where each global/nonlocal name was declared (for analysis errors). */
  directives: Map<string, ast.Loc>;
  /** The class name used for mangling (innermost enclosing class). */
  privateName: string | null;
  /** >0 while visiting a comprehension's iterable / target. */
  compIterTarget: boolean;
  parameters: string[];
}

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: "<listcomp>",
  SetComp: "<setcomp>",
  DictComp: "<dictcomp>",
  GeneratorExp: "<genexpr>",
};

function newDraft(kind: ScopeKind, name: string, node: ScopeNode, parent: Draft | null): Draft {
  return {
    kind,
    name,
    node,
    parent,
    children: [],
    symbols: new Map(),
    varnames: [],
    cellvars: [],
    freevars: [],
    isGenerator: false,
    hasFreeVars: false,
    needsClassClosure: false,
    argCount: 0,
    posOnlyArgCount: 0,
    kwOnlyArgCount: 0,
    hasVarargs: false,
    hasVarkeywords: false,
    flags: new Map(),
    directives: new Map(),
    privateName: kind === "class" ? name : (parent?.privateName ?? null),
    compIterTarget: false,
    parameters: [],
  };
}

const isFunctionLike = (scope: Scope): boolean => scope.kind !== "module" && scope.kind !== "class";

class Builder {
  readonly scopes = new Map<ScopeNode, Scope>();
  readonly top: Draft;
  private current: Draft;

  constructor(
    module: ast.Module,
    private readonly report: Report,
  ) {
    this.top = newDraft("module", "<module>", module, null);
    this.current = this.top;
    this.scopes.set(module, this.top);
  }

  visitModule(module: ast.Module): void {
    module.body.forEach((stmt) => this.statement(stmt));
  }

  private enter(kind: ScopeKind, name: string, node: ScopeNode, visitBody: () => void): void {
    const parent = this.current;
    const scope = newDraft(kind, name, node, parent);
    parent.children.push(scope);
    this.scopes.set(node, scope);
    this.current = scope;
    visitBody();
    this.current = parent;
  }

  /** symtable_add_def: records a use/definition flag of a name in the current scope. */
  private addDef(rawName: string, flag: number, at: ast.Loc, scope: Draft = this.current): void {
    const name = mangle(scope.privateName, rawName);
    const previous = scope.flags.get(name) ?? 0;
    if (flag & DEF_PARAM && previous & DEF_PARAM) this.report(`duplicate argument '${name}' in function definition`, at);
    let value = previous | flag;
    if (flag & DEF_LOCAL && scope.compIterTarget) value |= DEF_COMP_ITER;
    scope.flags.set(name, value);
    if (flag & DEF_PARAM) scope.parameters.push(name);
    // `global x` anywhere also marks x in the module's table, as symtable.c does.
    if (flag & DEF_GLOBAL && scope !== this.top) this.top.flags.set(name, (this.top.flags.get(name) ?? 0) | flag);
  }

  private statements(body: ast.Stmt[]): void {
    body.forEach((stmt) => this.statement(stmt));
  }

  private expressions(exprs: (ast.Expr | null)[]): void {
    exprs.forEach((expr) => expr && this.expression(expr));
  }

  private statement(stmt: ast.Stmt): void {
    switch (stmt.kind) {
      case "FunctionDef":
        return this.functionDef(stmt);
      case "ClassDef":
        return this.classDef(stmt);
      case "Return":
        return this.expressions([stmt.value]);
      case "Delete":
        return this.expressions(stmt.targets);
      case "Assign":
        return this.expressions([...stmt.targets, stmt.value]);
      case "AugAssign":
        return this.expressions([stmt.target, stmt.value]);
      case "AnnAssign":
        return this.annAssign(stmt);
      case "For":
        this.expressions([stmt.target, stmt.iter]);
        return this.statements([...stmt.body, ...stmt.orelse]);
      case "While":
      case "If":
        this.expression(stmt.test);
        return this.statements([...stmt.body, ...stmt.orelse]);
      case "With":
        stmt.items.forEach((item) => this.expressions([item.contextExpr, item.optionalVars]));
        return this.statements(stmt.body);
      case "Raise":
        return this.expressions([stmt.exc, stmt.cause]);
      case "Try":
        return this.tryStatement(stmt);
      case "Assert":
        return this.expressions([stmt.test, stmt.msg]);
      case "Import":
      case "ImportFrom":
        return stmt.names.forEach((alias) => this.importAlias(alias));
      case "Global":
      case "Nonlocal":
        return this.declaration(stmt);
      case "Expr":
        return this.expression(stmt.value);
      case "Pass":
      case "Break":
      case "Continue":
        return;
    }
  }

  private functionDef(def: ast.FunctionDef): void {
    this.addDef(def.name, DEF_LOCAL, def);
    this.expressions([...def.args.defaults, ...def.args.kwDefaults]);
    this.annotations(def.args, def.returns ?? null);
    this.expressions(def.decoratorList);
    this.enter("function", def.name, def, () => {
      this.parameters(def.args);
      this.statements(def.body);
    });
  }

  private annotations(args: ast.Arguments, returns: ast.Expr | null): void {
    const all = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
    this.expressions([...all.map((arg) => arg?.annotation ?? null), returns]);
  }

  private parameters(args: ast.Arguments): void {
    const scope = this.current;
    const positional = [...args.posonlyargs, ...args.args];
    for (const arg of [...positional, ...args.kwonlyargs, args.vararg, args.kwarg]) if (arg) this.addDef(arg.arg, DEF_PARAM, arg);
    scope.posOnlyArgCount = args.posonlyargs.length;
    scope.argCount = positional.length;
    scope.kwOnlyArgCount = args.kwonlyargs.length;
    scope.hasVarargs = args.vararg !== null;
    scope.hasVarkeywords = args.kwarg !== null;
  }

  private classDef(def: ast.ClassDef): void {
    this.addDef(def.name, DEF_LOCAL, def);
    this.expressions([...def.bases, ...def.keywords.map((k) => k.value), ...def.decoratorList]);
    this.enter("class", def.name, def, () => this.statements(def.body));
  }

  private annAssign(stmt: ast.AnnAssign): void {
    if (stmt.target.kind === "Name") {
      const name = mangle(this.current.privateName, stmt.target.id);
      const flags = this.current.flags.get(name) ?? 0;
      if (flags & (DEF_GLOBAL | DEF_NONLOCAL) && stmt.simple) {
        this.report(`annotated name '${name}' can't be ${flags & DEF_GLOBAL ? "global" : "nonlocal"}`, stmt.target);
      }
      if (stmt.simple) this.addDef(stmt.target.id, DEF_ANNOT | DEF_LOCAL, stmt.target);
      else if (stmt.value) this.addDef(stmt.target.id, DEF_LOCAL, stmt.target);
    } else {
      this.expression(stmt.target);
    }
    this.expressions([stmt.annotation, stmt.value]);
  }

  private tryStatement(stmt: ast.Try): void {
    this.statements([...stmt.body, ...stmt.orelse]);
    for (const handler of stmt.handlers) {
      this.expressions([handler.type]);
      if (handler.name) this.addDef(handler.name, DEF_LOCAL, handler);
      this.statements(handler.body);
    }
    this.statements(stmt.finalbody);
  }

  private importAlias(alias: ast.Alias): void {
    if (alias.name === "*") {
      if (this.current.kind !== "module") this.report("import * only allowed at module level", alias);
      return;
    }
    const bound = alias.asname ?? alias.name.split(".")[0] ?? alias.name;
    this.addDef(bound, DEF_IMPORT, alias);
  }

  /** `global`/`nonlocal`: CPython's checks against earlier uses, then the declaration flag. */
  private declaration(stmt: ast.Global | ast.Nonlocal): void {
    const word = stmt.kind === "Global" ? "global" : "nonlocal";
    for (const rawName of stmt.names) {
      const name = mangle(this.current.privateName, rawName);
      const flags = this.current.flags.get(name) ?? 0;
      if (flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const problem =
          flags & DEF_PARAM
            ? `is parameter and ${word}`
            : flags & USE
              ? `is used prior to ${word} declaration`
              : flags & DEF_ANNOT
                ? null
                : `is assigned to before ${word} declaration`;
        this.report(problem ? `name '${name}' ${problem}` : `annotated name '${name}' can't be ${word}`, stmt);
      }
      this.addDef(rawName, stmt.kind === "Global" ? DEF_GLOBAL : DEF_NONLOCAL, stmt);
      if (!this.current.directives.has(name)) this.current.directives.set(name, stmt);
    }
  }

  private expression(expr: ast.Expr): void {
    switch (expr.kind) {
      case "Name":
        return this.name(expr);
      case "NamedExpr":
        return this.namedExpr(expr);
      case "Lambda":
        return this.lambda(expr);
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        return this.comprehension(expr, expr.generators, expr.elt, null);
      case "DictComp":
        return this.comprehension(expr, expr.generators, expr.key, expr.value);
      case "Yield":
      case "YieldFrom":
        return this.yieldExpression(expr);
      default:
        return this.expressions(childExpressions(expr));
    }
  }

  private name(expr: ast.Name): void {
    this.addDef(expr.id, expr.ctx === "Load" ? USE : DEF_LOCAL, expr);
    // Zero-argument super() needs the __class__ cell of the enclosing class.
    if (expr.ctx === "Load" && isFunctionLike(this.current) && expr.id === "super") this.addDef("__class__", USE, expr);
  }

  private namedExpr(expr: ast.NamedExpr): void {
    if (this.current.kind === "comprehension") this.extendNamedExprScope(expr.target);
    this.expression(expr.value);
    this.expression(expr.target);
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or module (PEP 572). */
  private extendNamedExprScope(target: ast.Name): void {
    for (let scope: Draft | null = this.current; scope; scope = scope.parent as Draft | null) {
      if (scope.kind === "comprehension") {
        if ((scope.flags.get(target.id) ?? 0) & DEF_COMP_ITER) {
          this.report(`assignment expression cannot rebind comprehension iteration variable '${target.id}'`, target);
        }
        continue;
      }
      if (scope.kind === "class") this.report("assignment expression within a comprehension cannot be used in a class body", target);
      const global = scope.kind === "module" || (scope.flags.get(target.id) ?? 0) & DEF_GLOBAL;
      this.addDef(target.id, global ? DEF_GLOBAL : DEF_NONLOCAL, target);
      this.current.directives.set(target.id, target);
      this.addDef(target.id, global && scope.kind === "module" ? DEF_GLOBAL : DEF_LOCAL, target, scope);
      return;
    }
  }

  private lambda(expr: ast.Lambda): void {
    this.expressions([...expr.args.defaults, ...expr.args.kwDefaults]);
    this.enter("lambda", "<lambda>", expr, () => {
      this.parameters(expr.args);
      this.expression(expr.body);
    });
  }

  private comprehension(node: ScopeNode & ast.Expr, generators: ast.Comprehension[], elt: ast.Expr, value: ast.Expr | null): void {
    const [outermost, ...rest] = generators;
    if (!outermost) return;
    // The outermost iterable is evaluated in the enclosing scope and passed in as the argument `.0`.
    this.expression(outermost.iter);
    this.enter("comprehension", COMPREHENSION_NAMES[node.kind] ?? "<comprehension>", node, () => {
      const scope = this.current;
      this.addDef(".0", DEF_PARAM, node);
      scope.argCount = 1;
      this.comprehensionTarget(outermost.target);
      this.expressions(outermost.ifs);
      for (const generator of rest) {
        this.comprehensionTarget(generator.target);
        this.expression(generator.iter);
        this.expressions(generator.ifs);
      }
      this.expressions([value, elt]);
      scope.isGenerator = node.kind === "GeneratorExp";
    });
  }

  private comprehensionTarget(target: ast.Expr): void {
    this.current.compIterTarget = true;
    this.expression(target);
    this.current.compIterTarget = false;
  }

  private yieldExpression(expr: ast.Yield | ast.YieldFrom): void {
    this.expressions([expr.value]);
    const scope = this.current;
    scope.isGenerator = true;
    if (scope.kind === "comprehension") {
      const what = { "<listcomp>": "list comprehension", "<setcomp>": "set comprehension", "<dictcomp>": "dict comprehension" }[scope.name];
      this.report(`'${expr.kind === "Yield" ? "yield" : "yield from"}' inside ${what ?? "generator expression"}`, expr);
    }
  }
}

/** The sub-expressions of an expression without scope-relevant behaviour of its own, in visit order. */
function childExpressions(expr: ast.Expr): (ast.Expr | null)[] {
  switch (expr.kind) {
    case "BoolOp":
      return expr.values;
    case "BinOp":
      return [expr.left, expr.right];
    case "UnaryOp":
      return [expr.operand];
    case "IfExp":
      return [expr.test, expr.body, expr.orelse];
    case "Dict":
      return [...expr.keys, ...expr.values];
    case "Set":
    case "List":
    case "Tuple":
      return expr.elts;
    case "Compare":
      return [expr.left, ...expr.comparators];
    case "Call":
      return [expr.func, ...expr.args, ...expr.keywords.map((k) => k.value)];
    case "FormattedValue":
      return [expr.value, expr.formatSpec];
    case "JoinedStr":
      return expr.values;
    case "Attribute":
    case "Starred":
      return [expr.value];
    case "Subscript":
      return [expr.value, expr.slice];
    case "Slice":
      return [expr.lower, expr.upper, expr.step];
    case "Constant":
      return [];
    default:
      throw new Error(`symbol table: unexpected ${expr.kind}`);
  }
}

// ---------- analysis: analyze_block / analyze_name of symtable.c ----------

/** Names bound in enclosing function scopes, names known global, and the free names found below. */
function analyzeScope(scope: Draft, bound: Set<string> | null, globals: Set<string>, report: Report): Set<string> {
  const local = new Set<string>();
  const free = new Set<string>();
  const scopes = new Map<string, NameScope>();
  const newGlobals = new Set(globals);
  // Class namespaces are invisible to nested functions: children see what the class itself received.
  const childBound = new Set(bound ?? []);
  for (const [name, flags] of scope.flags) {
    scopes.set(name, analyzeName(scope, name, flags, { bound, local, free, globals: newGlobals }, report));
  }
  if (scope.kind === "class") childBound.add("__class__");
  else if (scope.kind !== "module") {
    childBound.clear();
    [...(bound ?? []), ...local].forEach((name) => childBound.add(name));
  }
  const childGlobals = scope.kind === "class" ? new Set(globals) : newGlobals;
  const childFree = new Set<string>();
  for (const child of scope.children) {
    analyzeScope(child as Draft, new Set(childBound), new Set(childGlobals), report).forEach((name) => childFree.add(name));
  }
  if (isFunctionLike(scope)) markCells(scopes, childFree);
  else if (scope.kind === "class" && childFree.delete("__class__")) scope.needsClassClosure = true;
  recordScopes(scope, scopes, bound, childFree);
  childFree.forEach((name) => free.add(name));
  return free;
}

interface NameSets {
  bound: Set<string> | null;
  local: Set<string>;
  free: Set<string>;
  globals: Set<string>;
}

function analyzeName(scope: Draft, name: string, flags: number, sets: NameSets, report: Report): NameScope {
  const at = (): ast.Loc => scope.directives.get(name) ?? (scope.node as ast.Loc);
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) report(`name '${name}' is nonlocal and global`, at());
    sets.globals.add(name);
    sets.bound?.delete(name);
    return "GLOBAL_EXPLICIT";
  }
  if (flags & DEF_NONLOCAL) {
    if (!sets.bound) report("nonlocal declaration not allowed at module level", at());
    if (!sets.bound.has(name)) report(`no binding for nonlocal '${name}' found`, at());
    sets.free.add(name);
    return "FREE";
  }
  if (flags & DEF_BOUND) {
    sets.local.add(name);
    sets.globals.delete(name);
    return "LOCAL";
  }
  if (sets.bound?.has(name)) {
    sets.free.add(name);
    return "FREE";
  }
  // symtable.c also says GLOBAL_IMPLICIT when an enclosing scope declared the name global.
  return "GLOBAL_IMPLICIT";
}

/** analyze_cells: a local of a function that a nested scope uses freely becomes a cell. */
function markCells(scopes: Map<string, NameScope>, childFree: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope === "LOCAL" && childFree.delete(name)) scopes.set(name, "CELL");
  }
}

/** update_symbols: store the computed scopes, and pass free names of children through this scope. */
function recordScopes(scope: Draft, scopes: Map<string, NameScope>, bound: Set<string> | null, childFree: Set<string>): void {
  const freeInClass = new Set<string>();
  for (const name of childFree) {
    const flags = scope.flags.get(name);
    if (flags !== undefined) {
      if (scope.kind === "class" && flags & (DEF_BOUND | DEF_GLOBAL)) freeInClass.add(name);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    scope.flags.set(name, 0);
    scopes.set(name, "FREE");
  }
  for (const [name, flags] of scope.flags) {
    scope.symbols.set(name, {
      name,
      scope: scopes.get(name) ?? "GLOBAL_IMPLICIT",
      isParameter: (flags & DEF_PARAM) !== 0,
      isAssigned: (flags & DEF_BOUND) !== 0,
      isReferenced: (flags & USE) !== 0,
      isFreeInClass: freeInClass.has(name),
    });
  }
}

/** Fills varnames/cellvars/freevars the way compile.c derives co_varnames, co_cellvars, co_freevars. */
function finishScope(scope: Scope): void {
  const draft = scope as Draft;
  draft.children.forEach(finishScope);
  const symbols = [...scope.symbols.values()];
  if (isFunctionLike(scope)) {
    const others = symbols.filter((s) => s.scope === "LOCAL" && !s.isParameter).map((s) => s.name);
    scope.varnames = [...draft.parameters, ...others];
  }
  // co_cellvars lists parameters that are cells first (in parameter order), then the other cells sorted.
  const cells = symbols.filter((s) => s.scope === "CELL");
  const cellParameters = draft.parameters.filter((name) => scope.symbols.get(name)?.scope === "CELL");
  const otherCells = cells.filter((s) => !s.isParameter).map((s) => s.name).sort(compareCodeUnits);
  scope.cellvars = [...cellParameters, ...otherCells];
  if (scope.needsClassClosure) scope.cellvars = ["__class__"];
  scope.freevars = symbols.filter((s) => s.scope === "FREE" || s.isFreeInClass).map((s) => s.name).sort(compareCodeUnits);
  scope.hasFreeVars = scope.freevars.length > 0;
}

const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---------- compile.c's placement checks ----------

interface Placement {
  inFunction: boolean;
  inLoop: boolean;
}

/** `'return' outside function`, `'break' outside loop`, `'continue' not properly in loop`, `'yield' outside function`. */
function checkControlFlow(body: ast.Stmt[], report: Report, where: Placement = { inFunction: false, inLoop: false }): void {
  for (const stmt of body) checkStatement(stmt, report, where);
}

function checkStatement(stmt: ast.Stmt, report: Report, where: Placement): void {
  const nested = (stmts: ast.Stmt[], inner: Placement = where): void => checkControlFlow(stmts, report, inner);
  switch (stmt.kind) {
    case "FunctionDef":
      return nested(stmt.body, { inFunction: true, inLoop: false });
    case "ClassDef":
      return nested(stmt.body, { inFunction: false, inLoop: false });
    case "Return":
      if (!where.inFunction) report("'return' outside function", stmt);
      return;
    case "Break":
      if (!where.inLoop) report("'break' outside loop", stmt);
      return;
    case "Continue":
      if (!where.inLoop) report("'continue' not properly in loop", stmt);
      return;
    case "For":
    case "While":
      nested(stmt.body, { ...where, inLoop: true });
      return nested(stmt.orelse);
    case "If":
      nested(stmt.body);
      return nested(stmt.orelse);
    case "With":
      return nested(stmt.body);
    case "Try":
      checkHandlersOrder(stmt, report);
      nested(stmt.body);
      stmt.handlers.forEach((handler) => nested(handler.body));
      nested(stmt.orelse);
      return nested(stmt.finalbody);
    default:
      if (!where.inFunction) simpleExpressions(stmt).forEach((expr) => checkNoYield(expr, report));
      return;
  }
}

/** The expressions of a statement that has no nested body (those with bodies are handled above). */
function simpleExpressions(stmt: ast.Stmt): (ast.Expr | null)[] {
  switch (stmt.kind) {
    case "Expr":
    case "Return":
      return [stmt.value];
    case "Assign":
      return [...stmt.targets, stmt.value];
    case "AugAssign":
      return [stmt.target, stmt.value];
    case "AnnAssign":
      return [stmt.target, stmt.annotation, stmt.value];
    case "Delete":
      return stmt.targets;
    case "Raise":
      return [stmt.exc, stmt.cause];
    case "Assert":
      return [stmt.test, stmt.msg];
    default:
      return [];
  }
}

function checkHandlersOrder(stmt: ast.Try, report: Report): void {
  stmt.handlers.forEach((handler, index) => {
    if (!handler.type && index < stmt.handlers.length - 1) report("default 'except:' must be last", handler);
  });
}

/** A module/class-level `yield` (lambdas and comprehensions are scopes of their own: not searched). */
function checkNoYield(expr: ast.Expr | null, report: Report): void {
  if (!expr || expr.kind === "Name" || expr.kind === "Lambda" || expr.kind in COMPREHENSION_NAMES) return;
  if (expr.kind === "Yield" || expr.kind === "YieldFrom") report("'yield' outside function", expr);
  if (expr.kind === "NamedExpr") return checkNoYield(expr.value, report);
  childExpressions(expr).forEach((child) => checkNoYield(child, report));
}
