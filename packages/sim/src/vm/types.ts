// Built-in type objects (shared constants), the exception hierarchy, C3 MRO and typeOf().

import type {
  PyObject} from "./values.ts";
import {
  PyBoundMethod, PyBuiltinFunction, PyBytes, PyCell, PyClassMethod, PyDict, PyEllipsisType,
  PyFloat, PyFunction, PyGenerator, PyIterator, PyList, PyModule, PyNoneType, PyNotImplementedType, PyProperty, PyRange, PySet, PySlice, PyStaticMethod, PySuper, PyTuple, PyType, type PyValue,
  SeqIterator, RangeIterator, TableIterator, ReversedIterator, PyDictView,
} from "./values.ts";

/** C3 linearisation; throws a message for an inconsistent hierarchy (the caller raises TypeError). */
export function computeMro(cls: PyType): PyType[] {
  const sequences = cls.bases.map((base) => [...base.mro]);
  sequences.push([...cls.bases]);
  const result: PyType[] = [cls];
  for (;;) {
    const nonEmpty = sequences.filter((seq) => seq.length > 0);
    if (nonEmpty.length === 0) return result;
    const head = nonEmpty
      .map((seq) => seq[0] as PyType)
      .find((candidate) => !nonEmpty.some((seq) => seq.indexOf(candidate) > 0));
    if (!head) {
      const names = cls.bases.map((base) => base.name).join(", ");
      throw new Error(`Cannot create a consistent method resolution order (MRO) for bases ${names}`);
    }
    result.push(head);
    for (const seq of nonEmpty) if (seq[0] === head) seq.shift();
  }
}

export function makeBuiltinType(name: string, bases: PyType[], layout?: string): PyType {
  const type = new PyType(name, bases, new Map(), true, layout ?? bases[0]?.layout ?? "object");
  type.qualname = name;
  type.mro = computeMro(type);
  return type;
}

export const OBJECT = makeBuiltinType("object", [], "object");
OBJECT.instancesHaveNoDict = true;
export const TYPE = makeBuiltinType("type", [OBJECT], "type");
export const INT = makeBuiltinType("int", [OBJECT], "int");
export const BOOL = makeBuiltinType("bool", [INT], "bool");
export const FLOAT = makeBuiltinType("float", [OBJECT], "float");
export const STR = makeBuiltinType("str", [OBJECT], "str");
export const NONE_TYPE = makeBuiltinType("NoneType", [OBJECT]);
export const NOT_IMPLEMENTED_TYPE = makeBuiltinType("NotImplementedType", [OBJECT]);
export const ELLIPSIS_TYPE = makeBuiltinType("ellipsis", [OBJECT]);
export const TUPLE = makeBuiltinType("tuple", [OBJECT], "tuple");
export const LIST = makeBuiltinType("list", [OBJECT], "list");
export const DICT = makeBuiltinType("dict", [OBJECT], "dict");
export const SET = makeBuiltinType("set", [OBJECT], "set");
export const FROZENSET = makeBuiltinType("frozenset", [OBJECT], "frozenset");
export const BYTES = makeBuiltinType("bytes", [OBJECT], "bytes");
export const RANGE = makeBuiltinType("range", [OBJECT]);
export const SLICE = makeBuiltinType("slice", [OBJECT]);
export const CELL = makeBuiltinType("cell", [OBJECT]);
export const FUNCTION = makeBuiltinType("function", [OBJECT]);
export const BUILTIN_FUNCTION = makeBuiltinType("builtin_function_or_method", [OBJECT]);
export const METHOD = makeBuiltinType("method", [OBJECT]);
export const MODULE = makeBuiltinType("module", [OBJECT]);
export const GENERATOR = makeBuiltinType("generator", [OBJECT]);
export const PROPERTY = makeBuiltinType("property", [OBJECT]);
export const CLASSMETHOD = makeBuiltinType("classmethod", [OBJECT]);
export const STATICMETHOD = makeBuiltinType("staticmethod", [OBJECT]);
export const SUPER = makeBuiltinType("super", [OBJECT]);
export const LIST_ITERATOR = makeBuiltinType("list_iterator", [OBJECT]);
export const STR_ITERATOR = makeBuiltinType("str_ascii_iterator", [OBJECT]);
export const TUPLE_ITERATOR = makeBuiltinType("tuple_iterator", [OBJECT]);
export const RANGE_ITERATOR = makeBuiltinType("range_iterator", [OBJECT]);
export const DICT_KEY_ITERATOR = makeBuiltinType("dict_keyiterator", [OBJECT]);
export const DICT_VALUE_ITERATOR = makeBuiltinType("dict_valueiterator", [OBJECT]);
export const DICT_ITEM_ITERATOR = makeBuiltinType("dict_itemiterator", [OBJECT]);
export const SET_ITERATOR = makeBuiltinType("set_iterator", [OBJECT]);
export const REVERSED_ITERATOR = makeBuiltinType("list_reverseiterator", [OBJECT]);
export const ITERATOR = makeBuiltinType("iterator", [OBJECT]);
export const DICT_KEYS = makeBuiltinType("dict_keys", [OBJECT]);
export const DICT_VALUES = makeBuiltinType("dict_values", [OBJECT]);
export const DICT_ITEMS = makeBuiltinType("dict_items", [OBJECT]);

const protoTypes: [{ prototype: PyObject }, PyType][] = [
  [PyNoneType, NONE_TYPE], [PyNotImplementedType, NOT_IMPLEMENTED_TYPE], [PyEllipsisType, ELLIPSIS_TYPE],
  [PyFloat, FLOAT], [PyTuple, TUPLE], [PyList, LIST], [PyDict, DICT], [PyBytes, BYTES], [PyRange, RANGE],
  [PySlice, SLICE], [PyCell, CELL], [PyFunction, FUNCTION], [PyBuiltinFunction, BUILTIN_FUNCTION],
  [PyBoundMethod, METHOD], [PyModule, MODULE], [PyGenerator, GENERATOR], [PyProperty, PROPERTY],
  [PyClassMethod, CLASSMETHOD], [PyStaticMethod, STATICMETHOD], [PySuper, SUPER], [PyType, TYPE],
  [PyIterator, ITERATOR], [RangeIterator, RANGE_ITERATOR], [ReversedIterator, REVERSED_ITERATOR],
];
for (const [jsClass, type] of protoTypes) jsClass.prototype.cls = type;
// Sets and iterators over several containers pick their type per instance.
Object.defineProperty(PySet.prototype, "cls", {
  get(this: PySet) {
    return this.frozen ? FROZENSET : SET;
  },
  set(this: PySet, value: PyType) {
    Object.defineProperty(this, "cls", { value, writable: true });
  },
});
Object.defineProperty(PyDictView.prototype, "cls", {
  get(this: PyDictView) {
    return this.mode === "keys" ? DICT_KEYS : this.mode === "values" ? DICT_VALUES : DICT_ITEMS;
  },
});
Object.defineProperty(SeqIterator.prototype, "cls", {
  get(this: SeqIterator) {
    const seq = this.seq;
    return typeof seq === "string" ? STR_ITERATOR : seq instanceof PyTuple ? TUPLE_ITERATOR : LIST_ITERATOR;
  },
});
Object.defineProperty(TableIterator.prototype, "cls", {
  get(this: TableIterator) {
    return this.mode === "keys" ? DICT_KEY_ITERATOR : this.mode === "values" ? DICT_VALUE_ITERATOR : DICT_ITEM_ITERATOR;
  },
});

// ---------- exceptions ----------

export const BASE_EXCEPTION = makeBuiltinType("BaseException", [OBJECT], "exception");
const exceptionTypes = new Map<string, PyType>([["BaseException", BASE_EXCEPTION]]);

function exceptionType(name: string, base: string): PyType {
  const type = makeBuiltinType(name, [exceptionTypes.get(base) as PyType], "exception");
  exceptionTypes.set(name, type);
  return type;
}

const HIERARCHY: [string, string][] = [
  ["SystemExit", "BaseException"], ["KeyboardInterrupt", "BaseException"], ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"], ["StopIteration", "Exception"], ["ArithmeticError", "Exception"],
  ["ZeroDivisionError", "ArithmeticError"], ["OverflowError", "ArithmeticError"],
  ["FloatingPointError", "ArithmeticError"], ["AssertionError", "Exception"], ["AttributeError", "Exception"],
  ["BufferError", "Exception"], ["EOFError", "Exception"], ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"], ["LookupError", "Exception"], ["IndexError", "LookupError"],
  ["KeyError", "LookupError"], ["MemoryError", "Exception"], ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"], ["OSError", "Exception"], ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"], ["ConnectionError", "OSError"], ["BrokenPipeError", "ConnectionError"],
  ["FileExistsError", "OSError"], ["FileNotFoundError", "OSError"], ["InterruptedError", "OSError"],
  ["PermissionError", "OSError"], ["ProcessLookupError", "OSError"], ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"], ["RuntimeError", "Exception"], ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"], ["SyntaxError", "Exception"], ["IndentationError", "SyntaxError"], ["TabError", "IndentationError"], ["SystemError", "Exception"],
  ["TypeError", "Exception"], ["ValueError", "Exception"], ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"], ["UnicodeEncodeError", "UnicodeError"],
  ["Warning", "Exception"], ["UserWarning", "Warning"], ["DeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
];
for (const [name, base] of HIERARCHY) exceptionType(name, base);

export type ExceptionName = "BaseException" | (typeof HIERARCHY)[number][0];

/** The built-in exception type called `name`. */
export function exceptionTypeNamed(name: string): PyType {
  const type = exceptionTypes.get(name);
  if (!type) throw new Error(`no built-in exception ${name}`);
  return type;
}

export function allExceptionTypes(): ReadonlyMap<string, PyType> {
  return exceptionTypes;
}

// ---------- type queries ----------

/** The Python type of any value. */
export function typeOf(value: PyValue): PyType {
  switch (typeof value) {
    case "number":
    case "bigint":
      return INT;
    case "boolean":
      return BOOL;
    case "string":
      return STR;
    default:
      return value.cls;
  }
}

export function isSubtype(type: PyType, base: PyType): boolean {
  return type === base || type.mro.includes(base);
}

export function isInstance(value: PyValue, base: PyType): boolean {
  return isSubtype(typeOf(value), base);
}

/** The attribute `name` along the MRO of `type` (no descriptor binding), or undefined. */
export function lookupInMro(type: PyType, name: string): PyValue | undefined {
  const mro = type.mro;
  for (let i = 0; i < mro.length; i++) {
    const found = (mro[i] as PyType).dict.get(name);
    if (found !== undefined) return found;
  }
  return undefined;
}
