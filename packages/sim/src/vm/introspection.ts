// Builtins that look at namespaces: globals(), locals(), vars() and dir(). globals() and __dict__ are
// live views (NamespaceTable); locals() in a function is a snapshot, as CPython 3.11's are.

import { SimulatorError } from "../api.ts";
import type { Frame } from "./frames.ts";
import { typeError } from "./exceptions.ts";
import { getAttrOrUndefined, namespaceView } from "./attrs.ts";
import { iterableToArray } from "./iteration.ts";
import { callSpecial, userMethod } from "./protocol.ts";
import { sortValues } from "./sorting.ts";
import { OBJECT, typeOf } from "./types.ts";
import { keyPolicy } from "./objects.ts";
import { None, PyDict, PyInstance, PyList, PyModule, PyType, type PyValue, type VmContext } from "./values.ts";

/** dir(object) in CPython 3.11: what every class inherits from object. */
const OBJECT_ATTRIBUTES = [
  "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
  "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
  "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/** What a class statement adds to the class's __dict__ beyond its body (typeobject.c type_new), minus __qualname__. */
const CLASS_DICT_EXTRAS = ["__dict__", "__doc__", "__module__", "__weakref__"];

/** The frame that called the builtin (natives run without a frame of their own). */
function callerFrame(vm: VmContext): Frame {
  const frame = (vm as { thread?: { top?: Frame } }).thread?.top;
  if (!frame) throw new SimulatorError("globals()/locals() need a calling frame");
  return frame;
}

export function globalsFn(vm: VmContext): PyValue {
  return namespaceView(vm, callerFrame(vm).globals);
}

/** Module and class bodies: their namespace itself; a function: a snapshot of its bound locals and cells. */
export function localsFn(vm: VmContext): PyValue {
  const frame = callerFrame(vm);
  if (frame.func === null || frame.names !== frame.globals) return namespaceView(vm, frame.names);
  const dict = new PyDict();
  const policy = keyPolicy(vm);
  for (const [name, value] of functionLocals(frame)) dict.table.set(policy, name, value);
  return dict;
}

/** frameobject.c's PyFrame_FastToLocals: locals, then cells that are not arguments, then free variables. */
function functionLocals(frame: Frame): [string, PyValue][] {
  const { varnames, cellvars, freevars } = frame.code;
  const bound: [string, PyValue][] = [];
  const add = (name: string, value: PyValue | undefined): void => {
    if (value !== undefined) bound.push([name, value]);
  };
  varnames.forEach((name, i) => {
    const cell = cellvars.indexOf(name);
    add(name, cell >= 0 ? frame.cells[cell]?.value : frame.locals[i]);
  });
  cellvars.forEach((name, i) => {
    if (!varnames.includes(name)) add(name, frame.cells[i]?.value);
  });
  freevars.forEach((name, i) => add(name, frame.cells[cellvars.length + i]?.value));
  return bound;
}

export function varsFn(vm: VmContext, args: PyValue[]): PyValue {
  if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
  const [obj] = args;
  if (obj === undefined) return localsFn(vm);
  const dict = getAttrOrUndefined(vm, obj, "__dict__");
  if (dict === undefined) throw typeError("vars() argument must have __dict__ attribute");
  return dict;
}

export function dirFn(vm: VmContext, args: PyValue[]): PyValue {
  if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
  const [obj] = args;
  const names = obj === undefined ? (localsFn(vm) as PyDict).table.keys() : attributeNames(vm, obj);
  return new PyList(sortValues(vm, names, None, false));
}

/** object.__dir__ / type.__dir__ / module.__dir__, or the object's own __dir__. */
function attributeNames(vm: VmContext, obj: PyValue): PyValue[] {
  if (userMethod(obj, "__dir__") !== undefined) return iterableToArray(vm, callSpecial(vm, obj, "__dir__", []) as PyValue);
  if (obj instanceof PyModule) return [...obj.dict.keys()];
  if (obj instanceof PyType) return [...classAttributeNames(obj)];
  if (obj instanceof PyInstance) return [...new Set([...obj.dict.keys(), ...classAttributeNames(typeOf(obj))])];
  throw new SimulatorError(`dir() of a '${typeOf(obj).name}' object is not supported (only modules, user classes and their instances)`);
}

function classAttributeNames(cls: PyType): Set<string> {
  const names = new Set<string>();
  for (const type of cls.mro) {
    if (type === OBJECT) {
      OBJECT_ATTRIBUTES.forEach((name) => names.add(name));
      continue;
    }
    if (type.builtin) throw new SimulatorError(`dir() of a class derived from the built-in '${type.name}' is not supported`);
    for (const name of type.dict.keys()) if (name !== "__qualname__") names.add(name);
    CLASS_DICT_EXTRAS.forEach((name) => names.add(name));
  }
  return names;
}
