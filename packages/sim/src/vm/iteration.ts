// iter() / next() for native code, and materialising iterables.

import { typeError } from "./exceptions.ts";
import { callSpecial, userMethod } from "./protocol.ts";
import { typeOf, isInstance, exceptionTypeNamed } from "./types.ts";
import { PyThrow } from "./exceptions.ts";
import {
  PyDict, PyGenerator, PyInstance, PyIterator, PyList, PyRange, PySet, PyTuple, RangeIterator, SeqIterator,
  TableIterator, type PyValue, type VmContext, PyBytes, PyDictView, PyBoxed,
} from "./values.ts";

/** The old sequence protocol: obj[0], obj[1], … until IndexError or StopIteration (iterobject.c). */
export class GetItemIterator extends PyIterator {
  index = 0;
  constructor(readonly seq: PyValue) {
    super();
  }
  next(vm: VmContext): PyValue | undefined {
    if (this.index < 0) return undefined;
    try {
      return callSpecial(vm, this.seq, "__getitem__", [this.index++]);
    } catch (error) {
      const ends = error instanceof PyThrow &&
        (isInstance(error.exception, exceptionTypeNamed("IndexError")) || isInstance(error.exception, exceptionTypeNamed("StopIteration")));
      if (!ends) throw error;
      this.index = -1;
      return undefined;
    }
  }
}

/** iter(v), or null when v is not iterable. */
export function getIterOrNull(vm: VmContext, v: PyValue): PyValue | null {
  if (typeof v === "object" && v.instanceDict !== undefined && userMethod(v, "__iter__") !== undefined) return iterFromDunder(vm, v);
  if (typeof v === "string" || v instanceof PyList || v instanceof PyTuple) return new SeqIterator(v);
  if (v instanceof PyRange) return new RangeIterator(v.start, v.stop, v.step);
  if (v instanceof PyDict || v instanceof PySet) return new TableIterator(v.table, "keys");
  if (v instanceof PyIterator || v instanceof PyGenerator) return v;
  if (v instanceof PyDictView) return new TableIterator(v.dict.table, v.mode);
  if (v instanceof PyBytes) return new SeqIterator({ items: [...v.bytes] });
  if (v instanceof PyBoxed) return getIterOrNull(vm, v.value);
  if (v instanceof PyInstance) {
    if (userMethod(v, "__iter__") !== undefined) return iterFromDunder(vm, v);
    if (userMethod(v, "__getitem__") !== undefined) return new GetItemIterator(v);
  }
  return null;
}

function iterFromDunder(vm: VmContext, v: PyValue): PyValue {
  const it = callSpecial(vm, v, "__iter__", []) as PyValue;
  if (!isIterator(it)) throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

export function isIterator(v: PyValue): boolean {
  return v instanceof PyIterator || v instanceof PyGenerator || (v instanceof PyInstance && userMethod(v, "__next__") !== undefined);
}

export function getIter(vm: VmContext, v: PyValue): PyValue {
  const it = getIterOrNull(vm, v);
  if (it === null) throw typeError(`'${typeOf(v).name}' object is not iterable`);
  return it;
}

/** next(it): the value, or undefined when exhausted. */
export function iterNext(vm: VmContext, it: PyValue): PyValue | undefined {
  if (it instanceof PyIterator) return it.next(vm);
  if (it instanceof PyGenerator) return vm.resumeGenerator(it);
  if (it instanceof PyInstance && userMethod(it, "__next__") !== undefined) {
    try {
      return callSpecial(vm, it, "__next__", []);
    } catch (error) {
      if (error instanceof PyThrow && isInstance(error.exception, exceptionTypeNamed("StopIteration"))) return undefined;
      throw error;
    }
  }
  throw typeError(`'${typeOf(it).name}' object is not an iterator`);
}

export function iterableToArrayOrNull(vm: VmContext, v: PyValue): PyValue[] | null {
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items];
  if (typeof v === "string") return [...v];
  const it = getIterOrNull(vm, v);
  if (it === null) return null;
  const out: PyValue[] = [];
  for (let x = iterNext(vm, it); x !== undefined; x = iterNext(vm, it)) out.push(x);
  return out;
}

export function iterableToArray(vm: VmContext, v: PyValue): PyValue[] {
  const out = iterableToArrayOrNull(vm, v);
  if (out === null) throw typeError(`'${typeOf(v).name}' object is not iterable`);
  return out;
}
