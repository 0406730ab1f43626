// repr() and str() of runtime values, as CPython prints them.

import * as I from "./primitives/int.ts";
import { floatRepr } from "./primitives/float.ts";
import { hexEscape, strRepr } from "./primitives/str.ts";
import { typeError } from "./exceptions.ts";
import { callSpecial, userMethod } from "./protocol.ts";
import { typeOf } from "./types.ts";
import type { PyObject} from "./values.ts";
import {
  Ellipsis, None, PyBoxed, NotImplemented, PyBoundMethod, PyBuiltinFunction, PyBytes, PyCell, PyDict, PyException,
  PyFloat, PyFunction, PyGenerator, PyInstance, PyList, PyModule, PyRange, PySet, PySlice, PyTuple,
  PyType, type PyValue, type VmContext, PyDictView,
} from "./values.ts";

/** Containers being printed (CPython's Py_ReprEnter), per call chain. */
const reprGuardKey = Symbol("reprActive");
type Guarded = VmContext & { [reprGuardKey]?: Set<PyObject> };

function guarded(vm: VmContext, obj: PyObject, recursive: string, body: () => string): string {
  const g = vm as Guarded;
  const active = (g[reprGuardKey] ??= new Set());
  if (active.has(obj)) return recursive;
  active.add(obj);
  try {
    return body();
  } finally {
    active.delete(obj);
  }
}

export function address(vm: VmContext, obj: PyObject): string {
  return "0x" + (0x7f0000000000 + vm.idOf(obj) * 16).toString(16).padStart(12, "0");
}

export function typeRepr(type: PyType): string {
  return type.module === "builtins" ? `<class '${type.qualname}'>` : `<class '${type.module}.${type.qualname}'>`;
}

function bytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let out = "b" + quote;
  for (const b of bytes) {
    if (b === 0x5c) out += "\\\\";
    else if (b === quote.charCodeAt(0)) out += "\\" + quote;
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x09) out += "\\t";
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + b.toString(16).padStart(2, "0");
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

export function repr(vm: VmContext, v: PyValue): string {
  if (typeof v === "object" && v.instanceDict !== undefined && userMethod(v, "__repr__") !== undefined) return userRepr(vm, v);
  return builtinRepr(vm, v);
}

/** repr() of the built-in layout, ignoring a container subclass's __repr__ (what super().__repr__() reaches). */
export function builtinRepr(vm: VmContext, v: PyValue): string {
  if (v instanceof PyBoxed) return builtinRepr(vm, v.value);
  switch (typeof v) {
    case "number":
    case "bigint":
      return I.intToString(v);
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return strRepr(v);
  }
  if (v === None) return "None";
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyInstance) return instanceRepr(vm, v);
  if (v instanceof PyList) return guarded(vm, v, "[...]", () => `[${v.items.map((x) => repr(vm, x)).join(", ")}]`);
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return `(${repr(vm, v.items[0] as PyValue)},)`;
    return guarded(vm, v, "(...)", () => `(${v.items.map((x) => repr(vm, x)).join(", ")})`);
  }
  if (v instanceof PyDict) {
    return guarded(vm, v, "{...}", () => {
      const parts = [...v.table.live()].map((e) => `${repr(vm, e.key)}: ${repr(vm, e.value)}`);
      return `{${parts.join(", ")}}`;
    });
  }
  if (v instanceof PySet) return setRepr(vm, v);
  return otherRepr(vm, v);
}

function setRepr(vm: VmContext, v: PySet): string {
  const name = typeOf(v).name;
  if (v.table.size === 0) return `${name}()`;
  return guarded(vm, v, `${name}(...)`, () => {
    const body = `{${v.table.keys().map((x) => repr(vm, x)).join(", ")}}`;
    return v.frozen ? `frozenset(${body})` : body;
  });
}

function otherRepr(vm: VmContext, v: PyObject): string {
  if (v instanceof PyType) return typeRepr(v);
  if (v instanceof PyDictView) {
    const entries = [...v.dict.table.live()];
    const items = entries.map((e) =>
      v.mode === "keys" ? repr(vm, e.key) : v.mode === "values" ? repr(vm, e.value) : `(${repr(vm, e.key)}, ${repr(vm, e.value)})`,
    );
    return `dict_${v.mode}([${items.join(", ")}])`;
  }
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(vm, v.start)}, ${repr(vm, v.stop)}, ${repr(vm, v.step)})`;
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${address(vm, v)}>`;
  if (v instanceof PyBuiltinFunction) {
    if (v.self !== undefined && !(v.self instanceof PyModule)) {
      return `<built-in method ${v.name} of ${typeOf(v.self).name} object at ${address(vm, v.self as PyObject)}>`;
    }
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyBoundMethod) {
    const fn = v.func;
    const name = fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltinFunction ? fn.name : "?";
    return `<bound method ${name} of ${repr(vm, v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${address(vm, v)}>`;
  if (v instanceof PyCell) return `<cell at ${address(vm, v)}>`;
  if (v === NotImplemented) return "NotImplemented";
  if (v === Ellipsis) return "Ellipsis";
  return `<${typeOf(v).name} object at ${address(vm, v)}>`;
}

function userRepr(vm: VmContext, v: PyValue): string {
  const result = callSpecial(vm, v, "__repr__", []);
  if (typeof result !== "string") throw typeError(`__repr__ returned non-string (type ${typeOf(result as PyValue).name})`);
  return result;
}

function instanceRepr(vm: VmContext, v: PyInstance): string {
  if (userMethod(v, "__repr__") !== undefined) return userRepr(vm, v);
  if (v instanceof PyException) {
    const args = v.args.items;
    const inner = args.length === 1 ? repr(vm, args[0] as PyValue) : args.map((a) => repr(vm, a)).join(", ");
    return `${typeOf(v).name}(${inner})`;
  }
  const cls = typeOf(v);
  return `<${cls.module}.${cls.qualname} object at ${address(vm, v)}>`;
}

/** ascii(v): repr(v) with every non-ASCII character escaped. */
export function ascii(vm: VmContext, v: PyValue): string {
  return repr(vm, v).replace(/[\u0080-\u{10ffff}]/gu, (ch) => hexEscape(ch.codePointAt(0) as number));
}

export function str(vm: VmContext, v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyInstance || (typeof v === "object" && v.instanceDict !== undefined)) {
    if (userMethod(v, "__str__") !== undefined) {
      const result = callSpecial(vm, v, "__str__", []);
      if (typeof result !== "string") throw typeError(`__str__ returned non-string (type ${typeOf(result as PyValue).name})`);
      return result;
    }
    if (v instanceof PyException && userMethod(v, "__repr__") === undefined) return exceptionStr(vm, v);
    if (v instanceof PyBoxed && userMethod(v, "__repr__") === undefined) return str(vm, v.value);
  }
  return repr(vm, v);
}

export function exceptionStr(vm: VmContext, exc: PyException): string {
  const args = exc.args.items;
  if (args.length === 0) return "";
  if (args.length === 1) {
    const only = args[0] as PyValue;
    return typeOf(exc).mro.some((t) => t.name === "KeyError" && t.builtin) ? repr(vm, only) : str(vm, only);
  }
  return repr(vm, exc.args);
}
