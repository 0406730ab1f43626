// Calling dunder methods of user classes from native code (through the machine's nested call).

import { lookupInMro, typeOf } from "./types.ts";
import { PyBoxed, PyBuiltinFunction, PyFunction, PyInstance, type PyValue, type VmContext, PyType, NotImplemented } from "./values.ts";

/** The user-defined special method `name` of value's type (built-in types answer undefined). */
export function userMethod(value: PyValue, name: string): PyValue | undefined {
  if (typeof value !== "object") return undefined;
  if (value instanceof PyInstance) return lookupInMro(typeOf(value), name);
  if (value.instanceDict === undefined) return undefined;
  // A subclass of a built-in container: only what the subclass defines overrides the built-in behaviour.
  const found = lookupInMro(value.cls, name);
  return found instanceof PyBuiltinFunction ? undefined : found;
}

/** An instance of a user subclass of a built-in container (list, dict, tuple, set). */
/** The built-in value behind an int or str subclass instance; anything else as it is. */
export function plainValue(value: PyValue): PyValue {
  return value instanceof PyBoxed ? value.value : value;
}

export function isBuiltinSubclassInstance(value: PyValue): boolean {
  return typeof value === "object" && value.instanceDict !== undefined;
}

/** Calls special method `name` on `self` if its class defines one; undefined when it does not. */
export function callSpecial(vm: VmContext, self: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const method = userMethod(self, name);
  if (method === undefined) return undefined;
  return callUnbound(vm, method, self, args);
}

/** Calls a class attribute as a method of `self` (functions get self prepended). */
export function callUnbound(vm: VmContext, method: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (method instanceof PyFunction || !(method instanceof PyType)) return vm.call(method, [self, ...args]);
  return vm.call(method, args);
}

export function isNotImplemented(value: PyValue | undefined): boolean {
  return value === NotImplemented;
}
