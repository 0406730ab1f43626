// Attribute lookup with descriptors (functions → bound methods, property, classmethod,
// staticmethod), instance/module/class namespaces, super() and the special attributes programs read.

import { attributeError, typeError, type PyThrow } from "./exceptions.ts";
import { callSpecial, plainValue } from "./protocol.ts";
import { exceptionTypeNamed, isInstance, lookupInMro, typeOf } from "./types.ts";
import {
  None, PyBoundMethod, PyBuiltinFunction, PyClassMethod, PyException, PyFunction, PyInstance, PyModule,
  PyProperty, PyStaticMethod, PySuper, PyTuple, PyType, type PyValue, type VmContext, PyObject, PyDict,
} from "./values.ts";
import { keyPolicy, typeName } from "./objects.ts";
import { NamespaceTable } from "./hashtable.ts";

/** Binds a class attribute found on `type` for access through `instance` (null: through the class). */
export function bindDescriptor(vm: VmContext, attr: PyValue, instance: PyValue | null, type: PyType): PyValue {
  if (attr instanceof PyFunction || (attr instanceof PyBuiltinFunction && attr.self === undefined && !type.dict.has("__builtin_static__"))) {
    if (instance === null) return attr;
    if (attr instanceof PyBuiltinFunction && attr.qualname.startsWith("@")) return attr;
    // A built-in method of int or str works on the value of a subclass instance (and returns the base type).
    return new PyBoundMethod(attr, attr instanceof PyBuiltinFunction ? plainValue(instance) : instance);
  }
  if (attr instanceof PyClassMethod) return new PyBoundMethod(attr.func, instance === null ? type : typeOf(instance));
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyProperty && instance !== null) {
    if (attr.fget === None) throw attributeError("property has no getter");
    return vm.call(attr.fget, [instance]);
  }
  return attr;
}

/** The live dict view of a namespace (globals(), an instance's __dict__): one per namespace, as CPython's dict is one object. */
export function namespaceView(vm: VmContext, ns: Map<string, PyValue>): PyDict {
  let view = vm.namespaceViews.get(ns);
  if (!view) {
    view = new PyDict(new NamespaceTable(ns));
    vm.namespaceViews.set(ns, view);
  }
  return view;
}

function namespaceOf(obj: PyValue): Map<string, PyValue> | null {
  if (obj instanceof PyInstance) return obj.cls.instancesHaveNoDict ? null : obj.dict;
  if (obj instanceof PyFunction || obj instanceof PyModule) return obj.dict;
  if (typeof obj === "object" && obj.instanceDict !== undefined) return obj.instanceDict;
  return null;
}

/** A def's co_consts[0] is its docstring or None (compile.c); a lambda has none. */
function docstring(fn: PyFunction): PyValue {
  const first = fn.code.consts[0];
  return fn.code.name !== "<lambda>" && typeof first === "string" ? first : None;
}

function specialAttribute(vm: VmContext, obj: PyValue, name: string): PyValue | undefined {
  switch (name) {
    case "__class__":
      return typeOf(obj);
    case "__dict__": {
      if (!(obj instanceof PyType)) {
        const ns = namespaceOf(obj);
        return ns ? namespaceView(vm, ns) : undefined;
      }
      // A class's __dict__ is a read-only mappingproxy in CPython: a copy keeps it from being changed.
      const ns = obj.dict;
      const dict = new PyDict();
      const policy = keyPolicy(vm);
      for (const [key, value] of ns) dict.table.set(policy, key, value);
      return dict;
    }
  }
  if (obj instanceof PyType) {
    switch (name) {
      case "__name__":
        return obj.name;
      case "__qualname__":
        return obj.qualname;
      case "__module__":
        return obj.dict.get("__module__") ?? obj.module;
      case "__mro__":
        return new PyTuple(obj.mro);
      case "__bases__":
        return new PyTuple(obj.bases);
      case "__base__":
        return obj.bases[0] ?? None;
    }
  }
  if (obj instanceof PyFunction) {
    if (name === "__name__") return obj.name;
    if (name === "__qualname__") return obj.qualname;
    if (name === "__module__") return obj.globals.get("__name__") ?? None;
    if (name === "__defaults__") return obj.defaults.length ? new PyTuple(obj.defaults) : None;
    if (name === "__doc__") return obj.dict.get("__doc__") ?? docstring(obj);
  }
  if (obj instanceof PyBuiltinFunction && name === "__name__") return obj.name;
  if (obj instanceof PyBoundMethod) {
    if (name === "__self__") return obj.self;
    if (name === "__func__") return obj.func;
    if (name === "__name__") return getAttr(vm, obj.func, "__name__");
  }
  if (obj instanceof PyModule && name === "__name__") return obj.name;
  if (obj instanceof PyException) {
    switch (name) {
      case "args":
        return obj.args;
      case "__cause__":
        return obj.cause ?? None;
      case "__context__":
        return obj.context ?? None;
      case "__suppress_context__":
        return obj.suppressContext;
      case "__traceback__":
        return None;
    }
    const field = exceptionField(obj, name);
    if (field !== undefined) return field;
  }
  return undefined;
}

/** SystemExit.code and StopIteration.value: derived from args unless the instance set its own. */
function exceptionField(exc: PyException, name: string): PyValue | undefined {
  if (exc.dict.has(name)) return undefined;
  const args = exc.args.items;
  if (name === "code" && isInstance(exc, exceptionTypeNamed("SystemExit"))) {
    return args.length === 0 ? None : args.length === 1 ? (args[0] as PyValue) : exc.args;
  }
  if (name === "value" && isInstance(exc, exceptionTypeNamed("StopIteration"))) return args[0] ?? None;
  return undefined;
}

export function getAttrOrUndefined(vm: VmContext, obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PySuper) return superAttr(vm, obj, name);
  if (obj instanceof PyType) return typeAttr(vm, obj, name);
  const special = specialAttribute(vm, obj, name);
  if (special !== undefined) return special;
  const type = typeOf(obj);
  const classAttr = lookupInMro(type, name);
  if (classAttr instanceof PyProperty) return bindDescriptor(vm, classAttr, obj, type);
  const ns = namespaceOf(obj);
  const own = ns?.get(name);
  if (own !== undefined) return own;
  if (classAttr !== undefined) return bindDescriptor(vm, classAttr, obj, type);
  if (obj instanceof PyInstance && lookupInMro(type, "__getattr__") !== undefined) {
    return callSpecial(vm, obj, "__getattr__", [name]);
  }
  // PEP 562: a module's own __getattr__ answers names it does not have.
  const moduleGetattr = obj instanceof PyModule ? obj.dict.get("__getattr__") : undefined;
  if (moduleGetattr !== undefined) return vm.call(moduleGetattr, [name]);
  return undefined;
}

function typeAttr(vm: VmContext, cls: PyType, name: string): PyValue | undefined {
  const special = specialAttribute(vm, cls, name);
  if (special !== undefined) return special;
  const found = lookupInMro(cls, name);
  if (found !== undefined) return bindDescriptor(vm, found, null, cls);
  const meta = lookupInMro(typeOf(cls), name);
  if (meta !== undefined) return bindDescriptor(vm, meta, cls, typeOf(cls));
  return undefined;
}

function superAttr(vm: VmContext, sup: PySuper, name: string): PyValue | undefined {
  const objType = sup.obj instanceof PyType && sup.obj.mro.includes(sup.thisClass) ? sup.obj : typeOf(sup.obj);
  const mro = objType.mro;
  const start = mro.indexOf(sup.thisClass);
  for (let i = start + 1; i < mro.length; i++) {
    const found = (mro[i] as PyType).dict.get(name);
    if (found !== undefined) return bindDescriptor(vm, found, sup.obj === objType ? null : sup.obj, objType);
  }
  return undefined;
}

export function attributeErrorFor(obj: PyValue, name: string): PyThrow {
  const error = attributeError(attributeErrorMessage(obj, name));
  // AttributeError.name and .obj (3.10+): the traceback's "Did you mean" reads them.
  error.exception.dict.set("name", name);
  error.exception.dict.set("obj", obj);
  return error;
}

function attributeErrorMessage(obj: PyValue, name: string): string {
  if (obj instanceof PyModule) return `module '${obj.name}' has no attribute '${name}'`;
  if (obj instanceof PyType) return `type object '${obj.name}' has no attribute '${name}'`;
  if (obj instanceof PySuper) return `'super' object has no attribute '${name}'`;
  return `'${typeName(obj)}' object has no attribute '${name}'`;
}

/** The names dir(obj) would list, sorted: own namespace, then the class (or metaclass) MRO's. */
export function attributeNames(obj: PyValue): string[] {
  const names = new Set<string>(namespaceOf(obj)?.keys() ?? []);
  const types = obj instanceof PyType ? obj.mro : typeOf(obj).mro;
  for (const type of types) for (const key of type.dict.keys()) names.add(key);
  if (obj instanceof PyType) for (const key of obj.dict.keys()) names.add(key);
  return [...names].sort();
}

export function getAttr(vm: VmContext, obj: PyValue, name: string): PyValue {
  const value = getAttrOrUndefined(vm, obj, name);
  if (value === undefined) throw attributeErrorFor(obj, name);
  return value;
}

/** LOAD_METHOD: [method, self] when a plain function is found on the class, else [null, attribute]. */
export function loadMethod(vm: VmContext, obj: PyValue, name: string): [PyValue | null, PyValue] {
  if (!(obj instanceof PyType) && !(obj instanceof PySuper) && !(obj instanceof PyModule)) {
    const type = typeOf(obj);
    const attr = lookupInMro(type, name);
    if (attr instanceof PyFunction || (attr instanceof PyBuiltinFunction && !attr.qualname.startsWith("@"))) {
      const own = namespaceOf(obj)?.get(name);
      if (own === undefined) return [attr, attr instanceof PyBuiltinFunction ? plainValue(obj) : obj];
    }
  }
  return [null, getAttr(vm, obj, name)];
}

export function setAttr(vm: VmContext, obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyType) {
    if (obj.builtin) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.dict.set(name, value);
    return;
  }
  const type = typeOf(obj);
  const classAttr = lookupInMro(type, name);
  if (classAttr instanceof PyProperty) {
    if (classAttr.fset === None) throw attributeError(`can't set attribute '${name}'`);
    vm.call(classAttr.fset, [obj, value]);
    return;
  }
  if (obj instanceof PyException && setExceptionField(obj, name, value)) return;
  if (obj instanceof PyInstance && lookupInMro(type, "__setattr__") !== undefined) {
    callSpecial(vm, obj, "__setattr__", [name, value]);
    return;
  }
  const ns = namespaceOf(obj);
  if (!ns) {
    if (obj instanceof PyObject && classAttr === undefined) {
      throw attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
    }
    throw attributeError(`'${typeName(obj)}' object attribute '${name}' is read-only`);
  }
  ns.set(name, value);
}

function setExceptionField(exc: PyException, name: string, value: PyValue): boolean {
  switch (name) {
    case "__cause__":
      exc.cause = value instanceof PyException ? value : null;
      exc.suppressContext = true;
      return true;
    case "__context__":
      exc.context = value instanceof PyException ? value : null;
      return true;
    case "args":
      exc.args = value instanceof PyTuple ? value : new PyTuple([value]);
      return true;
  }
  return false;
}

export function delAttr(vm: VmContext, obj: PyValue, name: string): void {
  void vm;
  const ns = obj instanceof PyType && !obj.builtin ? obj.dict : namespaceOf(obj);
  if (!ns || !ns.delete(name)) throw attributeErrorFor(obj, name);
}
