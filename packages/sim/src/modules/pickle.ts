// _pickle (NATIVES.md): dumps/loads in the machine's own byte format — real bytes (UTF-8 JSON of a node
// table), so they go through pipes with their length. Identity is kept within one dump; functions and
// classes go by reference; instances by class and state; multiprocessing's shared objects by handle.

import { PyThrow, newException, pyError, typeError } from "../vm/exceptions.ts";
import { getAttr, getAttrOrUndefined } from "../vm/attrs.ts";
import { keyPolicy } from "../vm/objects.ts";
import { lookupInMro, makeBuiltinType, exceptionTypeNamed, typeOf } from "../vm/types.ts";
import { utf8Decode, utf8Encode } from "../vm/primitives/bytes.ts";
import { address } from "../vm/repr.ts";
import {
  None, PyBuiltinFunction, PyBytes, PyDict, PyException, PyFloat, PyFunction, PyInstance, PyList, PyModule, PySet, PyTuple, PyType,
  type PyValue, type VmContext,
} from "../vm/values.ts";
import { SemLockObject, type SharedSemaphore } from "./semlock.ts";
import { SharedArrayObject } from "./shared.ts";
import { makeModule, processOf } from "./support.ts";

function errorType(name: string, base: PyType): PyType {
  const type = makeBuiltinType(name, [base]);
  type.module = "_pickle";
  type.dict.set("__module__", "_pickle");
  return type;
}
const PICKLE_ERROR = errorType("PickleError", exceptionTypeNamed("Exception"));
const PICKLING_ERROR = errorType("PicklingError", PICKLE_ERROR);
const UNPICKLING_ERROR = errorType("UnpicklingError", PICKLE_ERROR);

type Node = [string, ...unknown[]];

class Pickler {
  readonly nodes: Node[] = [];
  private readonly memo = new Map<PyValue, number>();
  constructor(private readonly vm: VmContext) {}

  ref(value: PyValue): number | Node {
    if (value === None || typeof value === "boolean" || typeof value === "string") return ["v", value === None ? null : value];
    if (typeof value === "number") return ["i", String(value)];
    if (typeof value === "bigint") return ["i", value.toString()];
    if (value instanceof PyFloat) return ["f", value.value];
    const known = this.memo.get(value);
    if (known !== undefined) return known;
    const index = this.nodes.length;
    this.nodes.push(["pending"]);
    this.memo.set(value, index);
    this.nodes[index] = this.node(value);
    return index;
  }

  private node(value: PyValue): Node {
    const vm = this.vm;
    if (value instanceof PyBytes) return ["bytes", [...value.bytes]];
    if (value instanceof PyTuple) return ["tuple", value.items.map((item) => this.ref(item))];
    if (value instanceof PyList) return ["list", value.items.map((item) => this.ref(item))];
    if (value instanceof PyDict) return ["dict", value.table.live().map((e) => [this.ref(e.key), this.ref(e.value)])];
    if (value instanceof PySet) return [value.frozen ? "frozenset" : "set", value.table.live().map((e) => this.ref(e.key))];
    if (value instanceof PyFunction || value instanceof PyType) return this.global(value);
    if (value instanceof SemLockObject) return ["semlock", value.sem.handle, value.kind, value.maxvalue, this.ref(value.dict.get("name") ?? None)];
    if (value instanceof SharedArrayObject) return ["shared", value.handle];
    if (value instanceof PyException) return ["exc", this.ref(typeOf(value)), this.ref(value.args)];
    if (value instanceof PyInstance && !typeOf(value).builtin) return this.instance(value);
    throw typeError(`cannot pickle '${qualifiedTypeName(value)}' object`);
    void vm;
  }

  private global(value: PyFunction | PyType): Node {
    const vm = this.vm;
    const qualname = value instanceof PyType ? value.qualname : value.qualname;
    const module = value instanceof PyType ? (value.builtin ? "builtins" : String(value.dict.get("__module__") ?? value.module)) : String(value.globals.get("__name__") ?? "__main__");
    if (qualname.includes("<locals>")) throw pyError("AttributeError", `Can't pickle local object '${qualname}'`);
    if (value instanceof PyType && value.builtin) return ["builtin", value.name];
    const found = this.lookup(module, qualname);
    if (found !== value) {
      const what = value instanceof PyFunction ? `<function ${qualname} at ${address(vm, value)}>` : `<class '${module}.${qualname}'>`;
      throw new PyThrow(newException(PICKLING_ERROR, [`Can't pickle ${what}: attribute lookup ${qualname} on ${module} failed`]));
    }
    return ["global", module, qualname];
  }

  private lookup(module: string, qualname: string): PyValue | undefined {
    let target: PyValue | undefined = (this.vm as unknown as { loader: { modules: Map<string, PyModule> } }).loader.modules.get(module);
    for (const part of qualname.split(".")) target = target === undefined ? undefined : getAttrOrUndefined(this.vm, target, part);
    return target;
  }

  private instance(value: PyInstance): Node {
    const vm = this.vm;
    const cls = typeOf(value);
    const reduce = lookupInMro(cls, "__reduce__");
    if (reduce instanceof PyFunction) return reducedNode(this, vm.call(reduce, [value]));
    const getState = lookupInMro(cls, "__getstate__");
    const state = getState instanceof PyFunction ? vm.call(getState, [value]) : dictOf(vm, value);
    return ["obj", this.ref(cls), this.ref(state)];
  }
}

/** `__reduce__`'s (callable, args[, state]): rebuilt by calling, then given the state. */
function reducedNode(pickler: { ref(value: PyValue): number | Node }, reduced: PyValue): Node {
  if (!(reduced instanceof PyTuple) || reduced.items.length < 2) throw new PyThrow(newException(PICKLING_ERROR, ["__reduce__ must return a string or tuple"]));
  const [callable, args, state] = reduced.items as [PyValue, PyValue, PyValue | undefined];
  return ["reduce", pickler.ref(callable), pickler.ref(args), pickler.ref(state ?? None)];
}

function dictOf(vm: VmContext, value: PyInstance): PyDict {
  const dict = new PyDict();
  for (const [key, item] of value.dict) dict.table.set(keyPolicy(vm), key, item);
  return dict;
}

function qualifiedTypeName(value: PyValue): string {
  const type = typeOf(value);
  if (value instanceof PyBuiltinFunction) return "builtin_function_or_method";
  if (value instanceof PyModule) return "module";
  return type.module && type.module !== "builtins" ? `${type.module}.${type.name}` : type.name;
}

class Unpickler {
  private readonly values: (PyValue | undefined)[];
  constructor(
    private readonly vm: VmContext,
    private readonly nodes: Node[],
  ) {
    this.values = new Array<PyValue | undefined>(nodes.length);
  }

  value(ref: unknown): PyValue {
    if (Array.isArray(ref)) {
      const [tag, payload] = ref as [string, unknown];
      if (tag === "v") return payload === null ? None : (payload as PyValue);
      if (tag === "i") {
        const big = BigInt(payload as string);
        return Number.isSafeInteger(Number(big)) ? Number(big) : big;
      }
      if (tag === "f") return new PyFloat(payload as number);
    }
    const index = ref as number;
    const known = this.values[index];
    if (known !== undefined) return known;
    return this.build(index);
  }

  private build(index: number): PyValue {
    const vm = this.vm;
    const [tag, ...rest] = this.nodes[index] as Node;
    const keep = <T extends PyValue>(v: T): T => ((this.values[index] = v), v);
    switch (tag) {
      case "bytes":
        return keep(new PyBytes(Uint8Array.from(rest[0] as number[])));
      case "tuple":
        return keep(new PyTuple((rest[0] as unknown[]).map((r) => this.value(r))));
      case "list": {
        const list = keep(new PyList([]));
        for (const r of rest[0] as unknown[]) list.items.push(this.value(r));
        return list;
      }
      case "dict": {
        const dict = keep(new PyDict());
        for (const [k, v] of rest[0] as [unknown, unknown][]) dict.table.set(keyPolicy(vm), this.value(k), this.value(v));
        return dict;
      }
      case "set":
      case "frozenset": {
        const set = keep(new PySet(tag === "frozenset"));
        for (const r of rest[0] as unknown[]) set.table.set(keyPolicy(vm), this.value(r), None);
        return set;
      }
      case "builtin":
        return keep(((vm as unknown as { builtins: Map<string, PyValue> }).builtins.get(rest[0] as string) ?? None) as PyValue);
      case "global":
        return keep(this.global(rest[0] as string, rest[1] as string));
      case "semlock": {
        const sem = processOf(vm).machine.semaphores.get(rest[0] as number) as SharedSemaphore;
        return keep(new SemLockObject(sem, rest[1] as number, rest[2] as number, this.value(rest[3])));
      }
      case "shared":
        return keep(processOf(vm).machine.sharedArrays.get(rest[0] as number) as SharedArrayObject);
      case "exc": {
        const cls = this.value(rest[0]) as PyType;
        const args = this.value(rest[1]) as PyTuple;
        return keep(vm.call(cls, [...args.items]));
      }
      case "obj":
        return this.instance(index, rest[0], rest[1]);
      case "reduce":
        return this.rebuild(index, rest[0], rest[1], rest[2]);
      default:
        throw new PyThrow(newException(UNPICKLING_ERROR, [`invalid load key, '${tag}'.`]));
    }
  }

  private global(module: string, qualname: string): PyValue {
    let target: PyValue = this.vm.importModule(module);
    for (const part of qualname.split(".")) target = getAttr(this.vm, target, part);
    return target;
  }

  private rebuild(index: number, callableRef: unknown, argsRef: unknown, stateRef: unknown): PyValue {
    const vm = this.vm;
    const args = this.value(argsRef) as PyTuple;
    const value = vm.call(this.value(callableRef), [...args.items]);
    this.values[index] = value;
    const state = this.value(stateRef);
    if (state === None) return value;
    const setState = value instanceof PyInstance ? lookupInMro(typeOf(value), "__setstate__") : undefined;
    if (setState instanceof PyFunction) vm.call(setState, [value, state]);
    else if (value instanceof PyInstance && state instanceof PyDict) for (const e of state.table.live()) value.dict.set(e.key as string, e.value);
    return value;
  }

  private instance(index: number, clsRef: unknown, stateRef: unknown): PyValue {
    const vm = this.vm;
    const cls = this.value(clsRef) as PyType;
    const instance = new PyInstance(cls);
    this.values[index] = instance;
    const state = this.value(stateRef);
    const setState = lookupInMro(cls, "__setstate__");
    if (setState instanceof PyFunction) vm.call(setState, [instance, state]);
    else if (state instanceof PyDict) for (const e of state.table.live()) instance.dict.set(e.key as string, e.value);
    return instance;
  }
}

function dumps(vm: VmContext, value: PyValue): PyBytes {
  const pickler = new Pickler(vm);
  const root = pickler.ref(value);
  return new PyBytes(utf8Encode(JSON.stringify({ nodes: pickler.nodes, root })));
}

function loads(vm: VmContext, data: PyValue): PyValue {
  if (!(data instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
  let parsed: { nodes: Node[]; root: unknown };
  try {
    parsed = JSON.parse(utf8Decode(data.bytes)) as { nodes: Node[]; root: unknown };
  } catch {
    throw new PyThrow(newException(UNPICKLING_ERROR, ["invalid load key, '" + String.fromCharCode(data.bytes[0] ?? 0) + "'."]));
  }
  return new Unpickler(vm, parsed.nodes).value(parsed.root);
}

export function pickleModule(): PyModule {
  return makeModule("_pickle", [
    ["dumps", (vm, [value]) => dumps(vm, value ?? None)],
    ["loads", (vm, [data]) => loads(vm, data ?? None)],
    ["PickleError", PICKLE_ERROR],
    ["PicklingError", PICKLING_ERROR],
    ["UnpicklingError", UNPICKLING_ERROR],
  ]);
}
