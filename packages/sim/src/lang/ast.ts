// The AST of the supported Python subset. Node and field names mirror CPython's `ast` module
// (https://docs.python.org/3.11/library/ast.html) so the compiler can follow CPython's own compile.c.
// Every node carries the 1-based line and 0-based column where it starts and ends, as ast does, except
// that columns count code points (CPython counts UTF-8 bytes; they agree on ASCII lines).

export interface Loc {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface Module {
  kind: "Module";
  body: Stmt[];
  filename: string;
}

// ---------- statements ----------

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface Arg extends Loc {
  kind: "arg";
  arg: string;
  /** The parameter's annotation (evaluated when the def runs, as CPython 3.11 does); null for lambdas. */
  annotation?: Expr | null;
}

export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where it has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional parameters (posonlyargs + args), as in ast. */
  defaults: Expr[];
}

export interface FunctionDef extends Loc {
  kind: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decoratorList: Expr[];
  /** The `-> T` annotation, if any. */
  returns?: Expr | null;
}

export interface ClassDef extends Loc {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decoratorList: Expr[];
}

export interface Return extends Loc {
  kind: "Return";
  value: Expr | null;
}

export interface Delete extends Loc {
  kind: "Delete";
  targets: Expr[];
}

/** `a = b = value`: targets in source order. */
export interface Assign extends Loc {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Loc {
  kind: "AugAssign";
  target: Name | Attribute | Subscript;
  op: BinOperator;
  value: Expr;
}

/** `x: int = 3` (the annotation is evaluated only at module/class level, as CPython does). */
export interface AnnAssign extends Loc {
  kind: "AnnAssign";
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}

export interface For extends Loc {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Loc {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface If extends Loc {
  kind: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface With extends Loc {
  kind: "With";
  items: WithItem[];
  body: Stmt[];
}

export interface Raise extends Loc {
  kind: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}

export interface ExceptHandler extends Loc {
  kind: "ExceptHandler";
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Try extends Loc {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Loc {
  kind: "Assert";
  test: Expr;
  msg: Expr | null;
}

export interface Alias extends Loc {
  kind: "alias";
  /** Dotted for `import a.b`; a plain name (or "*") in `from m import name`. */
  name: string;
  asname: string | null;
}

export interface Import extends Loc {
  kind: "Import";
  names: Alias[];
}

export interface ImportFrom extends Loc {
  kind: "ImportFrom";
  module: string | null;
  names: Alias[];
  level: number;
}

export interface Global extends Loc {
  kind: "Global";
  names: string[];
}

export interface Nonlocal extends Loc {
  kind: "Nonlocal";
  names: string[];
}

export interface ExprStmt extends Loc {
  kind: "Expr";
  value: Expr;
}

export interface Pass extends Loc {
  kind: "Pass";
}
export interface Break extends Loc {
  kind: "Break";
}
export interface Continue extends Loc {
  kind: "Continue";
}

// ---------- expressions ----------

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export type ExprContext = "Load" | "Store" | "Del";

export type BoolOperator = "And" | "Or";
export type BinOperator =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

export interface BoolOp extends Loc {
  kind: "BoolOp";
  op: BoolOperator;
  values: Expr[];
}

/** `(x := value)` */
export interface NamedExpr extends Loc {
  kind: "NamedExpr";
  target: Name;
  value: Expr;
}

export interface BinOp extends Loc {
  kind: "BinOp";
  left: Expr;
  op: BinOperator;
  right: Expr;
}

export interface UnaryOp extends Loc {
  kind: "UnaryOp";
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Loc {
  kind: "Lambda";
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Loc {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{k: v, **m}`: a null key marks a `**m` unpacking, as in ast. */
export interface Dict extends Loc {
  kind: "Dict";
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetExpr extends Loc {
  kind: "Set";
  elts: Expr[];
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export interface ListComp extends Loc {
  kind: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Loc {
  kind: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Loc {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Loc {
  kind: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

export interface Yield extends Loc {
  kind: "Yield";
  value: Expr | null;
}
export interface YieldFrom extends Loc {
  kind: "YieldFrom";
  value: Expr;
}

/** `a < b <= c`: ops.length === comparators.length. */
export interface Compare extends Loc {
  kind: "Compare";
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

/** `f(a, *b, k=1, **m)`: a Keyword with arg null is a `**m` unpacking; Starred in args is `*b`. */
export interface Call extends Loc {
  kind: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface Keyword extends Loc {
  kind: "keyword";
  arg: string | null;
  value: Expr;
}

/**
 * One `{...}` of an f-string. conversion: -1 none, 115 !s, 114 !r, 97 !a (as in ast).
 * `{x=}` is expanded by the parser exactly as CPython does: a Constant "x=" in the JoinedStr
 * before this node, and conversion 114 (!r) when neither a conversion nor a format spec is given.
 */
export interface FormattedValue extends Loc {
  kind: "FormattedValue";
  value: Expr;
  conversion: number;
  formatSpec: JoinedStr | null;
}

export interface JoinedStr extends Loc {
  kind: "JoinedStr";
  values: (Constant | FormattedValue)[];
}

/** Python ints are `bigint` here (the compiler picks the runtime representation); floats are `number`. */
export type ConstantValue =
  | { type: "int"; value: bigint }
  | { type: "float"; value: number }
  | { type: "complex"; imag: number }
  | { type: "str"; value: string }
  | { type: "bytes"; value: Uint8Array }
  | { type: "bool"; value: boolean }
  | { type: "None" }
  | { type: "Ellipsis" };

export interface Constant extends Loc {
  kind: "Constant";
  value: ConstantValue;
}

export interface Attribute extends Loc {
  kind: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Loc {
  kind: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Loc {
  kind: "Starred";
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Loc {
  kind: "Name";
  id: string;
  ctx: ExprContext;
}

export interface List extends Loc {
  kind: "List";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Loc {
  kind: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Loc {
  kind: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Node = Module | Stmt | Expr | ExceptHandler | Arg | Keyword | Alias;
