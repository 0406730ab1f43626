// AST → CodeObject, following CPython 3.11's Python/compile.c (same instruction sequences, same
// pseudo-ops for blocks; the assembler turns them into an exception table).

import type * as ast from "../lang/ast.ts";
import { SimulatorError } from "../api.ts";
import { CodeFlag, isCodeObject, type CodeObject, type Position } from "../bytecode/code.ts";
import { binopIndex, Op } from "../bytecode/opcodes.ts";
import { mangle, nameScope, scopeOf, type Scope, type ScopeNode, type SymbolTable } from "./symbols.ts";
import { assemble, type Instr, type Label } from "./assemble.ts";
import { constantValue, constKey, frozensetConstant } from "./constants.ts";
import { constantTuple, foldedConstant } from "./fold.ts";
import type { PyValue } from "../vm/values.ts";
import { None, PyTuple, shareConstant } from "../vm/values.ts";

/** Frame blocks (compile.c fblocktype): what return/break/continue must unwind. */
type FBlock =
  | { kind: "WHILE_LOOP" | "FOR_LOOP"; start: Label; exit: Label }
  | { kind: "TRY_EXCEPT" | "FINALLY_END" | "EXCEPTION_HANDLER" | "POP_VALUE" }
  | { kind: "FINALLY_TRY"; body: ast.Stmt[] }
  | { kind: "WITH"; line: number }
  | { kind: "HANDLER_CLEANUP"; name: string | null };

const BINOPS: Record<ast.BinOperator, string> = {
  Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "**",
  LShift: "<<", RShift: ">>", BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//",
};

const COMPARES: Partial<Record<ast.CmpOperator, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** A node's source position, with the anchors tracebacks use for binary operators and subscripts. */
function positionOf(node: ast.Loc): Position {
  const base = { line: node.line, endLine: node.endLine, col: node.col, endCol: node.endCol };
  const expr = node as ast.Expr;
  if (expr.kind === "BinOp") {
    return { ...base, anchorKind: "binop", anchorLeft: expr.left.endCol - node.col, anchorRight: expr.right.col - node.col };
  }
  if (expr.kind === "Subscript") {
    return { ...base, anchorKind: "subscript", anchorLeft: expr.value.endCol - node.col, anchorRight: expr.slice.endCol - node.col };
  }
  return { ...base, anchorKind: "none", anchorLeft: -1, anchorRight: -1 };
}

class Unit {
  readonly instrs: Instr[] = [];
  readonly consts: PyValue[] = [];
  readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  readonly fblocks: FBlock[] = [];
  /** Source position given to emitted instructions (compile.c's SET_LOC); null: line only. */
  position: Position | null = null;
  lineOnly: number;
  lastLabelAt = -1;
  /** The innermost enclosing class's name, for private-name mangling. */
  privateName: string | null = null;
  constructor(
    readonly scope: Scope,
    readonly qualname: string,
    firstLine: number,
  ) {
    this.lineOnly = firstLine;
  }
  get line(): number {
    return this.position?.line ?? this.lineOnly;
  }
  set line(line: number) {
    this.position = null;
    this.lineOnly = line;
  }
  get functionLike(): boolean {
    return this.scope.kind === "function" || this.scope.kind === "lambda" || this.scope.kind === "comprehension";
  }
}

export class Compiler {
  private unit!: Unit;
  private readonly frozensets = new Map<string, PyValue>();

  constructor(
    private readonly table: SymbolTable,
    private readonly filename: string,
  ) {}

  // ---------- emission ----------

  private emit(op: number, arg = 0, target: Label | null = null): void {
    const u = this.unit;
    const last = u.instrs[u.instrs.length - 1];
    // compile.c's peephole: PUSH_NULL + LOAD_GLOBAL → LOAD_GLOBAL with the push-NULL bit.
    if (op === Op.LOAD_GLOBAL && last?.op === Op.PUSH_NULL && u.lastLabelAt !== u.instrs.length) {
      last.op = Op.LOAD_GLOBAL;
      last.arg = arg | 1;
      last.line = u.line;
      last.position = u.position;
      return;
    }
    u.instrs.push({ op, arg, target, line: u.line, position: u.position });
  }

  /** Marks the last `count` instructions as compiler-made (no source line of their own). */
  private markArtificial(count: number): void {
    for (const instr of this.unit.instrs.slice(-count)) instr.artificial = true;
  }

  /** compile.c compiler_add_yield_from: SEND the value in, yield what comes out, until it returns. */
  private yieldFromLoop(): void {
    const send = this.newLabel();
    const exit = this.newLabel();
    this.place(send);
    this.jump(Op.SEND, exit);
    this.emit(Op.YIELD_VALUE);
    this.emit(Op.RESUME, 2);
    this.jump(Op.JUMP_NO_INTERRUPT, send);
    this.place(exit);
  }

  private newLabel(): Label {
    return { index: -1 };
  }

  private place(label: Label): void {
    label.index = this.unit.instrs.length;
    this.unit.lastLabelAt = label.index;
  }

  private jump(op: number, label: Label): void {
    this.emit(op, 0, label);
  }

  private loadConst(value: PyValue): void {
    this.emit(Op.LOAD_CONST, this.constIndex(value));
  }

  private constIndex(value: PyValue | CodeObject): number {
    const u = this.unit;
    const key = constKey(value);
    const known = key === null ? undefined : u.constIndex.get(key);
    if (known !== undefined) return known;
    if (!isCodeObject(value)) shareConstant(value);
    u.consts.push(value as PyValue);
    if (key !== null) u.constIndex.set(key, u.consts.length - 1);
    return u.consts.length - 1;
  }

  /** Equal frozenset constants are one object across the module (compile.c's const cache). */
  private sharedFrozenset(values: PyValue[]): PyValue {
    const created = frozensetConstant(values);
    const key = created.table.keys().map((v) => constKey(v)).sort().join(",");
    const known = this.frozensets.get(key);
    if (known) return known;
    this.frozensets.set(key, created);
    return created;
  }

  private nameIndex(name: string): number {
    const names = this.unit.names;
    const found = names.indexOf(name);
    if (found >= 0) return found;
    names.push(name);
    return names.length - 1;
  }

  private at<T extends ast.Loc>(node: T): T {
    this.unit.position = positionOf(node);
    return node;
  }

  private unsupported(what: string, node: ast.Loc): never {
    throw new SimulatorError(`${what} is not supported`, this.filename, node.line);
  }

  // ---------- units ----------

  compileModule(module: ast.Module): CodeObject {
    this.unit = new Unit(this.table.module, "<module>", 1);
    this.unit.line = 0;
    this.emit(Op.RESUME, 0);
    const body = module.body;
    const first = body[0];
    if (first?.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str") {
      this.at(first);
      this.loadConst(first.value.value.value);
      this.storeName("__doc__");
      this.statements(body.slice(1));
    } else {
      this.statements(body);
    }
    this.loadConst(None);
    this.emit(Op.RETURN_VALUE);
    return this.finish("<module>", 1);
  }

  private finish(name: string, firstLine: number): CodeObject {
    const u = this.unit;
    const s = u.scope;
    let flags = 0;
    if (u.functionLike) flags |= CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS;
    if (s.hasVarargs) flags |= CodeFlag.VARARGS;
    if (s.hasVarkeywords) flags |= CodeFlag.VARKEYWORDS;
    if (s.isGenerator) flags |= CodeFlag.GENERATOR;
    if (s.parent && s.parent.kind !== "module") flags |= CodeFlag.NESTED;
    if (s.freevars.length === 0 && s.cellvars.length === 0) flags |= CodeFlag.NOFREE;
    const params = s.varnames.slice(0, s.argCount + s.kwOnlyArgCount + (s.hasVarargs ? 1 : 0) + (s.hasVarkeywords ? 1 : 0));
    return assemble(
      {
        name,
        qualname: u.qualname,
        filename: this.filename,
        firstLineNo: firstLine,
        argCount: s.argCount,
        posOnlyArgCount: s.posOnlyArgCount,
        kwOnlyArgCount: s.kwOnlyArgCount,
        flags,
        varnames: s.varnames,
        cellvars: s.cellvars,
        freevars: s.freevars,
        names: u.names,
        consts: u.consts,
        cell2arg: s.cellvars.map((cell) => params.indexOf(cell)),
      },
      u.instrs,
    );
  }

  private qualnameFor(scope: Scope, name: string): string {
    const parent = this.unit;
    if (parent.scope.kind === "module") return name;
    const binding = parent.scope.symbols.get(name);
    if (binding?.scope === "GLOBAL_EXPLICIT") return name;
    if (parent.scope.kind === "class") return `${parent.qualname}.${name}`;
    void scope;
    return `${parent.qualname}.<locals>.${name}`;
  }

  /** Compiles a nested scope into a code object, restoring the enclosing unit afterwards. */
  private nested(node: ScopeNode, name: string, line: number, body: () => void): CodeObject {
    const scope = scopeOf(this.table, node);
    const outer = this.unit;
    const unit = new Unit(scope, this.qualnameFor(scope, name), line);
    unit.privateName = node.kind === "ClassDef" ? node.name : outer.privateName;
    this.unit = unit;
    try {
      this.prologue(scope);
      body();
      return this.finish(name, line);
    } finally {
      this.unit = outer;
    }
  }

  private prologue(scope: Scope): void {
    scope.cellvars.forEach((_cell, index) => this.emit(Op.MAKE_CELL, index));
    if (scope.freevars.length > 0) this.emit(Op.COPY_FREE_VARS, scope.freevars.length);
    if (scope.isGenerator) {
      this.emit(Op.RETURN_GENERATOR);
      this.emit(Op.POP_TOP);
    }
    this.emit(Op.RESUME, 0);
  }

  /** Pushes the function object for `code` (closure, defaults and kwdefaults already pushed per `flags`). */
  private makeClosure(code: CodeObject, flags: number): void {
    if (code.freevars.length > 0) {
      for (const name of code.freevars) this.emit(Op.LOAD_CLOSURE, this.derefIndex(name));
      this.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    this.emit(Op.LOAD_CONST, this.constIndex(code));
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private derefIndex(name: string): number {
    const s = this.unit.scope;
    const cell = s.cellvars.indexOf(name);
    if (cell >= 0) return cell;
    const free = s.freevars.indexOf(name);
    if (free < 0) throw new Error(`compiler: ${name} is not a cell or free variable of ${s.name}`);
    return s.cellvars.length + free;
  }

  // ---------- names ----------

  /** Private names (`__x`) inside a class body or method become `_Class__x`, as the symbol table stores them. */
  private mangled(name: string): string {
    return mangle(this.unit.privateName, name);
  }

  private nameOp(rawName: string, ctx: ast.ExprContext): void {
    const u = this.unit;
    const name = this.mangled(rawName);
    const where = nameScope(u.scope, name);
    const pick = (load: number, store: number, del: number): number =>
      ctx === "Load" ? load : ctx === "Store" ? store : del;
    if (where === "FREE" || where === "CELL") {
      const classDeref = u.scope.kind === "class" && ctx === "Load";
      this.emit(pick(classDeref ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF), this.derefIndex(name));
      return;
    }
    if (where === "LOCAL" && u.functionLike) {
      this.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), u.scope.varnames.indexOf(name));
      return;
    }
    if (where === "GLOBAL_EXPLICIT" || (where === "GLOBAL_IMPLICIT" && u.functionLike)) {
      const index = this.nameIndex(name);
      this.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), ctx === "Load" ? index << 1 : index);
      return;
    }
    this.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.nameIndex(name));
  }

  private storeName(name: string): void {
    this.nameOp(name, "Store");
  }

  // ---------- statements ----------

  private statements(body: readonly ast.Stmt[]): void {
    for (const stmt of body) this.statement(stmt);
  }

  private statement(s: ast.Stmt): void {
    this.at(s);
    switch (s.kind) {
      case "FunctionDef":
        return this.functionDef(s);
      case "ClassDef":
        return this.classDef(s);
      case "Return":
        return this.returnStmt(s);
      case "Delete":
        for (const target of s.targets) this.deleteTarget(target);
        return;
      case "Assign":
        this.expr(s.value);
        s.targets.forEach((target, index) => {
          if (index < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.storeTarget(target);
        });
        return;
      case "AugAssign":
        return this.augAssign(s);
      case "AnnAssign":
        if (s.value) {
          this.expr(s.value);
          this.storeTarget(s.target);
        }
        return;
      case "For":
        return this.forStmt(s);
      case "While":
        return this.whileStmt(s);
      case "If":
        return this.ifStmt(s);
      case "With":
        return this.withStmt(s, 0);
      case "Raise":
        return this.raiseStmt(s);
      case "Try":
        return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryExcept(s);
      case "Assert":
        return this.assertStmt(s);
      case "Import":
        return this.importStmt(s);
      case "ImportFrom":
        return this.importFrom(s);
      case "Global":
      case "Nonlocal":
      case "Pass":
        return;
      case "Expr":
        if (s.value.kind === "Constant") return;
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      case "Break":
        return this.breakStmt(s);
      case "Continue":
        return this.continueStmt(s);
    }
  }

  private decorators(list: readonly ast.Expr[]): void {
    for (const decorator of list) this.expr(decorator);
  }

  private applyDecorators(list: readonly ast.Expr[]): void {
    for (let i = list.length - 1; i >= 0; i--) {
      this.at(list[i] as ast.Expr);
      this.emit(Op.PRECALL, 0);
      this.emit(Op.CALL, 0);
    }
  }

  /** Pushes defaults / kwdefaults; returns the MAKE_FUNCTION flags. */
  private argumentDefaults(args: ast.Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const value of args.defaults) this.expr(value);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    let kwCount = 0;
    args.kwonlyargs.forEach((arg, index) => {
      const value = args.kwDefaults[index];
      if (!value) return;
      this.loadConst(arg.arg);
      this.expr(value);
      kwCount++;
    });
    if (kwCount > 0) {
      this.emit(Op.BUILD_MAP, kwCount);
      flags |= 2;
    }
    return flags;
  }

  private functionDef(s: ast.FunctionDef): void {
    this.decorators(s.decoratorList);
    const firstLine = s.decoratorList[0]?.line ?? s.line;
    this.at(s);
    const flags = this.argumentDefaults(s.args);
    const code = this.nested(s, s.name, firstLine, () => {
      // co_consts[0] is the docstring or None (compile.c compiler_function).
      const first = s.body[0];
      const docstring = first?.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str";
      this.constIndex(docstring ? (first.value as ast.Constant & { value: { value: string } }).value.value : None);
      this.statements(s.body);
      const last = s.body[s.body.length - 1];
      if (last?.kind !== "Return") {
        // The implicit return after a final `for` loop is reached from FOR_ITER: it gets the loop's line.
        if (last?.kind === "For" && last.orelse.length === 0) this.unit.line = last.line;
        this.loadConst(None);
        this.emit(Op.RETURN_VALUE);
        this.markArtificial(2);
      }
    });
    this.at(s);
    this.makeClosure(code, flags);
    this.applyDecorators(s.decoratorList);
    this.at(s);
    this.storeName(s.name);
  }

  private lambda(e: ast.Lambda): void {
    const flags = this.argumentDefaults(e.args);
    const code = this.nested(e, "<lambda>", e.line, () => {
      this.constIndex(None);
      this.expr(e.body);
      this.emit(Op.RETURN_VALUE);
    });
    this.at(e);
    this.makeClosure(code, flags);
  }

  private classDef(s: ast.ClassDef): void {
    this.decorators(s.decoratorList);
    const firstLine = s.decoratorList[0]?.line ?? s.line;
    const code = this.nested(s, s.name, firstLine, () => {
      this.at(s);
      this.unit.line = firstLine;
      this.nameOp("__name__", "Load");
      this.storeName("__module__");
      this.loadConst(this.unit.qualname);
      this.storeName("__qualname__");
      this.statements(s.body);
      const scope = this.unit.scope;
      if (scope.needsClassClosure) {
        this.emit(Op.LOAD_CLOSURE, scope.cellvars.indexOf("__class__"));
        this.emit(Op.COPY, 1);
        this.storeName("__classcell__");
      } else {
        this.loadConst(None);
      }
      this.emit(Op.RETURN_VALUE);
    });
    this.at(s);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decoratorList);
    this.at(s);
    this.storeName(s.name);
  }

  private returnStmt(s: ast.Return): void {
    if (this.unit.scope.kind === "module" || this.unit.scope.kind === "class") {
      throw new SimulatorError("'return' outside function", this.filename, s.line);
    }
    const preserve = s.value !== null;
    if (s.value) this.expr(s.value);
    this.unwindAll(preserve, null);
    this.at(s);
    if (!s.value) this.loadConst(None);
    this.emit(Op.RETURN_VALUE);
  }

  private augAssign(s: ast.AugAssign): void {
    const op = binopIndex(`${BINOPS[s.op]}=`);
    const target = s.target;
    if (target.kind === "Name") {
      this.nameOp(target.id, "Load");
      this.expr(s.value);
      this.at(s);
      this.emit(Op.BINARY_OP, op);
      this.storeName(target.id);
    } else if (target.kind === "Attribute") {
      this.expr(target.value);
      this.emit(Op.COPY, 1);
      this.emit(Op.LOAD_ATTR, this.nameIndex(this.mangled(target.attr)));
      this.expr(s.value);
      this.at(s);
      this.emit(Op.BINARY_OP, op);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_ATTR, this.nameIndex(this.mangled(target.attr)));
    } else {
      this.expr(target.value);
      this.expr(target.slice);
      this.emit(Op.COPY, 2);
      this.emit(Op.COPY, 2);
      this.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      this.at(s);
      this.emit(Op.BINARY_OP, op);
      this.emit(Op.SWAP, 3);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_SUBSCR);
    }
  }

  private forStmt(s: ast.For): void {
    const start = this.newLabel();
    const cleanup = this.newLabel();
    const end = this.newLabel();
    this.iterable(s.iter);
    this.at(s);
    this.emit(Op.GET_ITER);
    this.place(start);
    this.jump(Op.FOR_ITER, cleanup);
    this.unit.fblocks.push({ kind: "FOR_LOOP", start, exit: end });
    this.storeTarget(s.target);
    this.statements(s.body);
    this.jump(Op.JUMP, start);
    this.unit.fblocks.pop();
    this.place(cleanup);
    this.statements(s.orelse);
    this.place(end);
  }

  private whileStmt(s: ast.While): void {
    const loop = this.newLabel();
    const body = this.newLabel();
    const anchor = this.newLabel();
    const exit = this.newLabel();
    this.place(loop);
    this.unit.fblocks.push({ kind: "WHILE_LOOP", start: loop, exit });
    this.jumpIf(s.test, anchor, false);
    this.place(body);
    this.statements(s.body);
    this.at(s);
    this.jumpIf(s.test, body, true);
    this.unit.fblocks.pop();
    this.place(anchor);
    this.statements(s.orelse);
    this.place(exit);
  }

  private ifStmt(s: ast.If): void {
    const end = this.newLabel();
    const next = s.orelse.length > 0 ? this.newLabel() : end;
    this.jumpIf(s.test, next, false);
    this.statements(s.body);
    if (s.orelse.length > 0) {
      this.jump(Op.JUMP, end);
      this.place(next);
      this.statements(s.orelse);
    }
    this.place(end);
  }

  private raiseStmt(s: ast.Raise): void {
    let count = 0;
    if (s.exc) {
      this.expr(s.exc);
      count++;
      if (s.cause) {
        this.expr(s.cause);
        count++;
      }
    }
    this.at(s);
    this.emit(Op.RAISE_VARARGS, count);
  }

  private assertStmt(s: ast.Assert): void {
    const end = this.newLabel();
    this.jumpIf(s.test, end, true);
    // CPython reports a failed assert at the test expression's columns.
    this.at(s.test);
    this.emit(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.expr(s.msg);
      this.emit(Op.PRECALL, 0);
      this.emit(Op.CALL, 0);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.place(end);
  }

  private importStmt(s: ast.Import): void {
    for (const alias of s.names) {
      this.loadConst(0);
      this.loadConst(None);
      this.emit(Op.IMPORT_NAME, this.nameIndex(alias.name));
      const parts = alias.name.split(".");
      if (alias.asname) {
        for (const part of parts.slice(1)) {
          this.emit(Op.IMPORT_FROM, this.nameIndex(part));
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
        }
        this.storeName(alias.asname);
      } else {
        this.storeName(parts[0] as string);
      }
    }
  }

  private importFrom(s: ast.ImportFrom): void {
    this.loadConst(s.level);
    this.loadConst(new PyTuple(s.names.map((alias) => alias.name)));
    this.emit(Op.IMPORT_NAME, this.nameIndex(s.module ?? ""));
    if (s.names.length === 1 && s.names[0]?.name === "*") {
      this.emit(Op.IMPORT_STAR);
      return;
    }
    for (const alias of s.names) {
      this.emit(Op.IMPORT_FROM, this.nameIndex(alias.name));
      this.storeName(alias.asname ?? alias.name);
    }
    this.emit(Op.POP_TOP);
  }

  // ---------- loops and blocks: break / continue / return unwinding ----------

  private unwind(block: FBlock, preserveTos: boolean): void {
    switch (block.kind) {
      case "WHILE_LOOP":
      case "EXCEPTION_HANDLER":
        return;
      case "FOR_LOOP":
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case "TRY_EXCEPT":
        this.emit(Op.POP_BLOCK);
        return;
      case "FINALLY_TRY": {
        this.emit(Op.POP_BLOCK);
        const fblocks = this.unit.fblocks;
        // The finally body runs outside its own block (it may itself break or return).
        const index = fblocks.lastIndexOf(block);
        const saved = fblocks.splice(index);
        if (preserveTos) fblocks.push({ kind: "POP_VALUE" });
        this.statements(block.body);
        if (preserveTos) fblocks.pop();
        fblocks.push(...saved);
        return;
      }
      case "FINALLY_END":
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        return;
      case "WITH":
        this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.unit.line = block.line;
        this.callExitWithNones();
        this.emit(Op.POP_TOP);
        return;
      case "HANDLER_CLEANUP":
        if (block.name) this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        if (block.name) {
          this.loadConst(None);
          this.storeName(block.name);
          this.nameOp(block.name, "Del");
        }
        return;
      case "POP_VALUE":
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
    }
  }

  /** Unwinds every block up to (not including) the innermost loop; returns that loop (or null). */
  private unwindAll(preserveTos: boolean, stopAtLoop: "loop" | null): FBlock | null {
    const fblocks = this.unit.fblocks;
    for (let i = fblocks.length - 1; i >= 0; i--) {
      const block = fblocks[i] as FBlock;
      if (stopAtLoop && (block.kind === "WHILE_LOOP" || block.kind === "FOR_LOOP")) return block;
      const saved = fblocks.splice(i);
      this.unwind(block, preserveTos);
      fblocks.push(...saved);
    }
    return null;
  }

  private breakStmt(s: ast.Break): void {
    const loop = this.unwindAll(false, "loop");
    if (!loop || (loop.kind !== "WHILE_LOOP" && loop.kind !== "FOR_LOOP")) {
      throw new SimulatorError("'break' outside loop", this.filename, s.line);
    }
    this.at(s);
    this.unwind(loop, false);
    this.jump(Op.JUMP, loop.exit);
  }

  private continueStmt(s: ast.Continue): void {
    const loop = this.unwindAll(false, "loop");
    if (!loop || (loop.kind !== "WHILE_LOOP" && loop.kind !== "FOR_LOOP")) {
      throw new SimulatorError("'continue' not properly in loop", this.filename, s.line);
    }
    this.at(s);
    this.jump(Op.JUMP, loop.start);
  }

  // ---------- try / with ----------

  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  private tryFinally(s: ast.Try): void {
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    const fblocks = this.unit.fblocks;
    this.jump(Op.SETUP_FINALLY, end);
    const block: FBlock = { kind: "FINALLY_TRY", body: s.finalbody };
    fblocks.push(block);
    if (s.handlers.length > 0) this.tryExcept(s);
    else this.statements(s.body);
    this.emit(Op.POP_BLOCK);
    fblocks.pop();
    this.statements(s.finalbody);
    this.jump(Op.JUMP, exit);
    this.place(end);
    this.jump(Op.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    fblocks.push({ kind: "FINALLY_END" });
    this.statements(s.finalbody);
    fblocks.pop();
    this.emit(Op.RERAISE, 0);
    this.place(cleanup);
    this.popExceptAndReraise();
    this.place(exit);
  }

  private tryExcept(s: ast.Try): void {
    const except = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    const fblocks = this.unit.fblocks;
    this.at(s);
    this.jump(Op.SETUP_FINALLY, except);
    fblocks.push({ kind: "TRY_EXCEPT" });
    this.statements(s.body);
    fblocks.pop();
    this.emit(Op.POP_BLOCK);
    this.statements(s.orelse);
    this.jump(Op.JUMP, end);
    this.place(except);
    this.jump(Op.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    fblocks.push({ kind: "EXCEPTION_HANDLER" });
    s.handlers.forEach((handler, index) => {
      this.at(handler);
      if (!handler.type && index < s.handlers.length - 1) {
        throw new SimulatorError("default 'except:' must be last", this.filename, handler.line);
      }
      const next = this.newLabel();
      if (handler.type) {
        this.expr(handler.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      this.handlerBody(handler, end);
      this.place(next);
    });
    fblocks.pop();
    this.emit(Op.RERAISE, 0);
    this.place(cleanup);
    this.popExceptAndReraise();
    this.place(end);
  }

  private handlerBody(handler: ast.ExceptHandler, end: Label): void {
    const fblocks = this.unit.fblocks;
    const name = handler.name;
    if (!name) {
      this.emit(Op.POP_TOP);
      fblocks.push({ kind: "HANDLER_CLEANUP", name: null });
      this.statements(handler.body);
      fblocks.pop();
      this.emit(Op.POP_BLOCK);
      this.emit(Op.POP_EXCEPT);
      this.jump(Op.JUMP, end);
      return;
    }
    const cleanupEnd = this.newLabel();
    this.storeName(name);
    this.jump(Op.SETUP_CLEANUP, cleanupEnd);
    fblocks.push({ kind: "HANDLER_CLEANUP", name });
    this.statements(handler.body);
    fblocks.pop();
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.loadConst(None);
    this.storeName(name);
    this.nameOp(name, "Del");
    this.jump(Op.JUMP, end);
    this.place(cleanupEnd);
    this.loadConst(None);
    this.storeName(name);
    this.nameOp(name, "Del");
    this.emit(Op.RERAISE, 1);
  }

  private callExitWithNones(): void {
    this.loadConst(None);
    this.loadConst(None);
    this.loadConst(None);
    this.emit(Op.PRECALL, 2);
    this.emit(Op.CALL, 2);
  }

  private withStmt(s: ast.With, position: number): void {
    const item = s.items[position];
    if (!item) return;
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.expr(item.contextExpr);
    this.at(s);
    this.emit(Op.BEFORE_WITH);
    this.jump(Op.SETUP_WITH, final);
    const block: FBlock = { kind: "WITH", line: s.line };
    this.unit.fblocks.push(block);
    if (item.optionalVars) this.storeTarget(item.optionalVars);
    else this.emit(Op.POP_TOP);
    if (position + 1 === s.items.length) this.statements(s.body);
    else this.withStmt(s, position + 1);
    this.unit.fblocks.pop();
    this.at(s);
    this.emit(Op.POP_BLOCK);
    this.callExitWithNones();
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, exit);
    this.place(final);
    this.jump(Op.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    const suppressed = this.newLabel();
    this.jump(Op.POP_JUMP_IF_TRUE, suppressed);
    this.emit(Op.RERAISE, 2);
    this.place(cleanup);
    this.popExceptAndReraise();
    this.place(suppressed);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_TOP);
    this.place(exit);
  }

  // ---------- targets ----------

  private storeTarget(target: ast.Expr): void {
    switch (target.kind) {
      case "Name":
        return this.nameOp(target.id, "Store");
      case "Attribute":
        this.expr(target.value);
        this.at(target);
        this.emit(Op.STORE_ATTR, this.nameIndex(this.mangled(target.attr)));
        return;
      case "Subscript":
        this.expr(target.value);
        this.expr(target.slice);
        this.at(target);
        this.emit(Op.STORE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        return this.unpackTo(target.elts, target);
      case "Starred":
        return this.unsupported("starred assignment target outside a tuple or list", target);
      default:
        return this.unsupported(`assignment to ${target.kind}`, target);
    }
  }

  private unpackTo(elts: readonly ast.Expr[], node: ast.Loc): void {
    const star = elts.findIndex((elt) => elt.kind === "Starred");
    this.at(node);
    if (star >= 0) this.emit(Op.UNPACK_EX, star | ((elts.length - star - 1) << 8));
    else this.emit(Op.UNPACK_SEQUENCE, elts.length);
    for (const elt of elts) this.storeTarget(elt.kind === "Starred" ? elt.value : elt);
  }

  private deleteTarget(target: ast.Expr): void {
    this.at(target);
    switch (target.kind) {
      case "Name":
        return this.nameOp(target.id, "Del");
      case "Attribute":
        this.expr(target.value);
        this.emit(Op.DELETE_ATTR, this.nameIndex(this.mangled(target.attr)));
        return;
      case "Subscript":
        this.expr(target.value);
        this.expr(target.slice);
        this.emit(Op.DELETE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        for (const elt of target.elts) this.deleteTarget(elt);
        return;
      default:
        return this.unsupported(`del of ${target.kind}`, target);
    }
  }

  // ---------- conditions ----------

  /** compile.c compiler_jump_if: jump to `label` when `e` is `condition`. */
  private jumpIf(e: ast.Expr, label: Label, condition: boolean): void {
    if (e.kind === "UnaryOp" && e.op === "Not") return this.jumpIf(e.operand, label, !condition);
    if (e.kind === "BoolOp") {
      const isOr = e.op === "Or";
      const next2 = isOr !== condition ? this.newLabel() : label;
      const values = e.values;
      for (let i = 0; i < values.length - 1; i++) this.jumpIf(values[i] as ast.Expr, next2, isOr);
      this.jumpIf(values[values.length - 1] as ast.Expr, label, condition);
      if (next2 !== label) this.place(next2);
      return;
    }
    if (e.kind === "Compare" && e.ops.length > 1) {
      const cleanup = this.newLabel();
      const end = this.newLabel();
      this.expr(e.left);
      const n = e.ops.length;
      for (let i = 0; i < n - 1; i++) {
        this.expr(e.comparators[i] as ast.Expr);
        this.at(e);
        this.emit(Op.SWAP, 2);
        this.emit(Op.COPY, 2);
        this.compareOp(e.ops[i] as ast.CmpOperator);
        this.jump(Op.POP_JUMP_IF_FALSE, cleanup);
      }
      this.lastComparand(e);
      this.at(e);
      this.compareOp(e.ops[n - 1] as ast.CmpOperator);
      this.jump(condition ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
      this.jump(Op.JUMP, end);
      this.place(cleanup);
      this.emit(Op.POP_TOP);
      if (!condition) this.jump(Op.JUMP, label);
      this.place(end);
      return;
    }
    this.expr(e);
    this.at(e);
    this.jump(condition ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
  }

  private compareOp(op: ast.CmpOperator): void {
    const rich = COMPARES[op];
    if (rich !== undefined) this.emit(Op.COMPARE_OP, rich);
    else if (op === "Is" || op === "IsNot") this.emit(Op.IS_OP, op === "IsNot" ? 1 : 0);
    else this.emit(Op.CONTAINS_OP, op === "NotIn" ? 1 : 0);
  }

  // ---------- expressions ----------

  private expr(e: ast.Expr): void {
    const u = this.unit;
    const saved = u.position;
    const savedLine = u.lineOnly;
    this.at(e);
    this.exprInner(e);
    u.position = saved;
    u.lineOnly = savedLine;
  }

  private exprInner(e: ast.Expr): void {
    switch (e.kind) {
      case "Constant":
        return this.loadConst(constantValue(e.value, this.filename, e.line));
      case "Name":
        return this.nameOp(e.id, "Load");
      case "BinOp":
        if (this.loadFolded(e)) return;
        this.expr(e.left);
        this.expr(e.right);
        this.at(e);
        this.emit(Op.BINARY_OP, binopIndex(BINOPS[e.op]));
        return;
      case "UnaryOp":
        if (this.loadFolded(e)) return;
        this.expr(e.operand);
        this.at(e);
        this.emit(
          { Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE }[e.op],
        );
        return;
      case "BoolOp":
        return this.boolOp(e);
      case "Compare":
        return this.compare(e);
      case "IfExp": {
        const end = this.newLabel();
        const next = this.newLabel();
        this.jumpIf(e.test, next, false);
        this.expr(e.body);
        this.jump(Op.JUMP, end);
        this.place(next);
        this.expr(e.orelse);
        this.place(end);
        return;
      }
      case "NamedExpr":
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.nameOp(e.target.id, "Store");
        return;
      case "Attribute":
        this.expr(e.value);
        this.at(e);
        this.emit(Op.LOAD_ATTR, this.nameIndex(this.mangled(e.attr)));
        return;
      case "Subscript":
        if (this.loadFolded(e)) return;
        this.expr(e.value);
        this.expr(e.slice);
        this.at(e);
        this.emit(Op.BINARY_SUBSCR);
        return;
      case "Slice":
        this.sliceExpr(e);
        return;
      case "Call":
        return this.call(e);
      case "Tuple":
        if (this.loadFolded(e)) return;
        return this.starUnpack(e.elts, Op.BUILD_TUPLE, e);
      case "List":
        return this.starUnpack(e.elts, Op.BUILD_LIST, e);
      case "Set":
        return this.starUnpack(e.elts, Op.BUILD_SET, e);
      case "Dict":
        return this.dict(e);
      case "JoinedStr":
        return this.joinedStr(e);
      case "FormattedValue":
        return this.formattedValue(e);
      case "Lambda":
        return this.lambda(e);
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.comprehension(e);
      case "Yield":
        if (e.value) this.expr(e.value);
        else this.loadConst(None);
        this.at(e);
        this.emit(Op.YIELD_VALUE);
        this.emit(Op.RESUME, 1);
        return;
      case "YieldFrom":
        this.expr(e.value);
        this.at(e);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(None);
        return this.yieldFromLoop();
      case "Starred":
        return this.unsupported("starred expression here", e);
    }
  }

  private sliceExpr(e: ast.Slice): void {
    for (const part of [e.lower, e.upper]) {
      if (part) this.expr(part);
      else this.loadConst(None);
    }
    if (e.step) this.expr(e.step);
    this.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
  }

  private boolOp(e: ast.BoolOp): void {
    const end = this.newLabel();
    const op = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    e.values.forEach((value, index) => {
      this.expr(value);
      if (index < e.values.length - 1) {
        this.at(e);
        this.jump(op, end);
      }
    });
    this.place(end);
  }

  /** The last comparator; ast_opt.c fold_compare folds it as an iterable after `in` / `not in`. */
  private lastComparand(e: ast.Compare): void {
    const last = e.comparators[e.comparators.length - 1] as ast.Expr;
    const op = e.ops[e.ops.length - 1];
    if (op === "In" || op === "NotIn") this.iterable(last);
    else this.expr(last);
  }

  private compare(e: ast.Compare): void {
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.lastComparand(e);
      this.at(e);
      this.compareOp(e.ops[0] as ast.CmpOperator);
      return;
    }
    const cleanup = this.newLabel();
    const end = this.newLabel();
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i] as ast.Expr);
      this.at(e);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i] as ast.CmpOperator);
      this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.lastComparand(e);
    this.at(e);
    this.compareOp(e.ops[n - 1] as ast.CmpOperator);
    this.jump(Op.JUMP, end);
    this.place(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.place(end);
  }

  /** Emits the constant ast_opt.c folds `e` to (fold.ts); false when it does not fold. */
  private loadFolded(e: ast.Expr): boolean {
    const value = foldedConstant(e, this.filename);
    if (value === undefined) return false;
    this.loadConst(value);
    return true;
  }

  /**
   * ast_opt.c fold_iter, for `for` loops, comprehensions and the right of `in`: a list display
   * becomes a tuple, a set display of constants a frozenset.
   */
  private iterable(e: ast.Expr): void {
    if (e.kind === "List" && !e.elts.some((elt) => elt.kind === "Starred")) {
      return this.expr({ ...e, kind: "Tuple" });
    }
    if (e.kind === "Set") {
      const items = constantTuple(e.elts, this.filename);
      if (items) {
        this.at(e);
        return this.loadConst(this.sharedFrozenset([...items.items]));
      }
    }
    this.expr(e);
  }

  /** compile.c starunpack_helper for tuple/list/set displays. */
  private starUnpack(elts: readonly ast.Expr[], build: number, node: ast.Loc): void {
    const hasStar = elts.some((elt) => elt.kind === "Starred");
    const constants = elts.length > 2 && build !== Op.BUILD_TUPLE ? constantTuple(elts, this.filename) : undefined;
    if (constants) {
      // compile.c: a list or set display of 3+ constants is built from one tuple or frozenset constant.
      const isSet = build === Op.BUILD_SET;
      this.at(node);
      this.emit(build, 0);
      this.emit(Op.LOAD_CONST, this.constIndex(isSet ? this.sharedFrozenset([...constants.items]) : constants));
      this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      return;
    }
    if (!hasStar) {
      for (const elt of elts) this.expr(elt);
      this.at(node);
      this.emit(build, elts.length);
      return;
    }
    const isSet = build === Op.BUILD_SET;
    const [start, add, extend] = isSet
      ? [Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE]
      : [Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND];
    let seenStar = false;
    elts.forEach((elt, index) => {
      if (elt.kind === "Starred") {
        if (!seenStar) {
          this.at(node);
          this.emit(start, index);
          seenStar = true;
        }
        this.expr(elt.value);
        this.emit(extend, 1);
      } else {
        this.expr(elt);
        if (seenStar) this.emit(add, 1);
      }
    });
    if (build === Op.BUILD_TUPLE) this.emit(Op.LIST_TO_TUPLE);
  }

  private dict(e: ast.Dict): void {
    let pending = 0;
    let built = false;
    const flush = (): void => {
      if (pending === 0 && built) return;
      this.emit(Op.BUILD_MAP, pending);
      if (built) this.emit(Op.DICT_UPDATE, 1);
      built = true;
      pending = 0;
    };
    e.keys.forEach((key, index) => {
      const value = e.values[index] as ast.Expr;
      if (key === null) {
        flush();
        this.expr(value);
        this.emit(Op.DICT_UPDATE, 1);
        return;
      }
      this.expr(key);
      this.expr(value);
      pending++;
    });
    this.at(e);
    if (!built || pending > 0) flush();
  }

  private joinedStr(e: ast.JoinedStr): void {
    for (const part of e.values) this.expr(part);
    this.at(e);
    if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
  }

  private formattedValue(e: ast.FormattedValue): void {
    this.expr(e.value);
    const conversion = { 115: 1, 114: 2, 97: 3 }[e.conversion as 115 | 114 | 97] ?? 0;
    let flags = conversion;
    if (e.formatSpec) {
      const spec = e.formatSpec;
      const only = spec.values[0];
      if (spec.values.length === 1 && only?.kind === "Constant") this.expr(only);
      else this.joinedStr(spec);
      flags |= 4;
    }
    this.at(e);
    this.emit(Op.FORMAT_VALUE, flags);
  }

  // ---------- calls ----------

  private call(e: ast.Call): void {
    const simple = !e.args.some((arg) => arg.kind === "Starred") && !e.keywords.some((kw) => kw.arg === null);
    if (e.func.kind === "Attribute" && simple) {
      this.expr(e.func.value);
      this.at(e.func);
      this.emit(Op.LOAD_METHOD, this.nameIndex(this.mangled(e.func.attr)));
      this.callArgs(0, e.args, e.keywords, e);
      return;
    }
    this.emit(Op.PUSH_NULL);
    this.expr(e.func);
    this.callHelper(0, e.args, e.keywords, e);
  }

  /** compile.c compiler_call_helper: `extra` values are already on the stack after the callable. */
  private callHelper(extra: number, args: readonly ast.Expr[], keywords: readonly ast.Keyword[], node?: ast.Loc): void {
    const simple = !args.some((arg) => arg.kind === "Starred") && !keywords.some((kw) => kw.arg === null);
    if (simple) return this.callArgs(extra, args, keywords, node);
    // CALL_FUNCTION_EX: positional args as a tuple, keywords as a dict.
    const starArgs = args.map((arg) => arg);
    if (extra > 0) this.emit(Op.BUILD_LIST, extra);
    else this.emit(Op.BUILD_LIST, 0);
    for (const arg of starArgs) {
      if (arg.kind === "Starred") {
        this.expr(arg.value);
        this.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(arg);
        this.emit(Op.LIST_APPEND, 1);
      }
    }
    this.emit(Op.LIST_TO_TUPLE);
    let flags = 0;
    if (keywords.length > 0) {
      this.emit(Op.BUILD_MAP, 0);
      for (const kw of keywords) {
        if (kw.arg === null) {
          this.expr(kw.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst(kw.arg);
          this.expr(kw.value);
          this.emit(Op.BUILD_MAP, 1);
          this.emit(Op.DICT_UPDATE, 1);
        }
      }
      flags = 1;
    }
    if (node) this.at(node);
    this.emit(Op.CALL_FUNCTION_EX, flags);
  }

  private callArgs(extra: number, args: readonly ast.Expr[], keywords: readonly ast.Keyword[], node?: ast.Loc): void {
    for (const arg of args) this.expr(arg);
    for (const kw of keywords) this.expr(kw.value);
    if (node) this.at(node);
    if (keywords.length > 0) {
      this.emit(Op.KW_NAMES, this.constIndex(new PyTuple(keywords.map((kw) => kw.arg as string))));
    }
    const count = extra + args.length + keywords.length;
    this.emit(Op.PRECALL, count);
    this.emit(Op.CALL, count);
  }

  // ---------- comprehensions ----------

  private comprehension(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): void {
    const name = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" }[e.kind];
    const generators = e.generators;
    const code = this.nested(e, name, e.line, () => {
      this.at(e);
      if (e.kind !== "GeneratorExp") {
        this.emit({ ListComp: Op.BUILD_LIST, SetComp: Op.BUILD_SET, DictComp: Op.BUILD_MAP }[e.kind], 0);
      }
      this.comprehensionGenerator(e, 0);
      this.at(e);
      if (e.kind === "GeneratorExp") this.loadConst(None);
      this.emit(Op.RETURN_VALUE);
    });
    this.at(e);
    this.makeClosure(code, 0);
    this.iterable((generators[0] as ast.Comprehension).iter);
    this.at(e);
    this.emit(Op.GET_ITER);
    this.emit(Op.PRECALL, 0);
    this.emit(Op.CALL, 0);
  }

  private comprehensionGenerator(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, index: number): void {
    const generator = e.generators[index] as ast.Comprehension;
    const start = this.newLabel();
    const ifCleanup = this.newLabel();
    const anchor = this.newLabel();
    if (index === 0) {
      this.emit(Op.LOAD_FAST, 0);
    } else {
      this.iterable(generator.iter);
      this.emit(Op.GET_ITER);
    }
    this.place(start);
    this.jump(Op.FOR_ITER, anchor);
    this.storeTarget(generator.target);
    for (const condition of generator.ifs) this.jumpIf(condition, ifCleanup, false);
    if (index + 1 < e.generators.length) {
      this.comprehensionGenerator(e, index + 1);
    } else {
      const depth = e.generators.length + 1;
      switch (e.kind) {
        case "ListComp":
          this.expr(e.elt);
          this.emit(Op.LIST_APPEND, depth);
          break;
        case "SetComp":
          this.expr(e.elt);
          this.emit(Op.SET_ADD, depth);
          break;
        case "DictComp":
          this.expr(e.key);
          this.expr(e.value);
          this.emit(Op.MAP_ADD, depth);
          break;
        case "GeneratorExp":
          this.expr(e.elt);
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.RESUME, 1);
          this.emit(Op.POP_TOP);
          break;
      }
    }
    this.place(ifCleanup);
    this.jump(Op.JUMP, start);
    this.place(anchor);
  }
}

/** Compiles a parsed module (its symbol table already built) into the module's code object. */
export function compileModule(module: ast.Module, table: SymbolTable): CodeObject {
  return new Compiler(table, module.filename).compileModule(module);
}
