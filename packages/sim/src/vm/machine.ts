// One machine (Simulator I: one process, one thread): modules, builtins, output, the virtual clock,
// object ids, and the call/return/generator protocol the opcodes use. Implements VmContext for
// native code (nested calls).

import { SimulatorError } from "../api.ts";
import type { CodeObject } from "../bytecode/code.ts";
import { instructionCosts } from "./costs.ts";
import { frameForCall } from "./calls.ts";
import { PyThrow, pyError, typeError } from "./exceptions.ts";
import { Frame, ReturnMode, ThreadState } from "./frames.ts";
import { endForLoop, runNested } from "./interp.ts";
import type { FastPathMode } from "./jit.ts";
import { Signal } from "./ops-slow.ts";
import { getAttr, getAttrOrUndefined, loadMethod } from "./attrs.ts";
import { exceptionTypeNamed, isInstance, lookupInMro, typeOf, TYPE, isSubtype } from "./types.ts";
import { allocateLayout, createClass, isBuiltinNew } from "./subclass.ts";
import { constructorOf, BUILTIN_INIT } from "./builtins-types.ts";
import { createBuiltins } from "./builtins-core.ts";
import { ModuleLoader } from "./modules.ts";
import type { VmHost } from "./host.ts";
import type {
  PyObject} from "./values.ts";
import {
  None, PyBoundMethod, TailCall, type PyDict, PyBuiltinFunction, PyCell, PyFunction, PyGenerator, PyInstance, PyModule, PySuper, PyType, type Namespace, type PyValue, type VmContext,
} from "./values.ts";

type SignalValue = (typeof Signal)[keyof typeof Signal];

export const RECURSION_LIMIT = 1000;

export interface MachineOptions {
  files: Map<string, { filename: string; text: string }>;
  maxInstructions: number;
  argv: string[];
  /** The process this VM runs in (Simulator II); absent for a bare single-threaded machine. */
  host?: VmHost;
}

export class Machine implements VmContext {
  budget: number;
  /**
   * Instructions the run may still use beyond `budget` (the current slice). A nested loop (a native
   * callback) cannot pause, so when its slice runs out it draws on this instead of stopping.
   */
  reserve = 0;
  /** Set by the host: stop at the next eval-breaker point (a GIL drop request under `gil`). */
  breakerStop = false;
  /** Whether hot loops run translated (jit.ts); results are the same either way. */
  fastPath: FastPathMode = "lazy";
  /** Native callbacks running on nested loops: a blocking call there cannot suspend the thread. */
  nestedDepth = 0;
  costs = instructionCosts();
  /** The thread executing now (the host switches it between the process's threads). */
  thread = new ThreadState(1, "MainThread");
  readonly host: VmHost | null;
  /** Replaced by a fork with the copy of the parent's builtins namespace. */
  builtins: Namespace;
  readonly loader: ModuleLoader;
  readonly stdoutChunks: string[] = [];
  readonly stderrChunks: string[] = [];
  /** Virtual time spent sleeping (added to the thread's CPU time for the clock). */
  sleptNs = 0;
  switchIntervalS = 0.005;
  private readonly ids = new WeakMap<object, number>();
  readonly namespaceViews = new WeakMap<Namespace, PyDict>();
  private nextId = 1;
  readonly buildClass: PyBuiltinFunction;

  readonly output = new VmOutput(this);
  readonly clock = new VmClock(this);

  constructor(readonly options: MachineOptions) {
    this.budget = options.maxInstructions;
    this.host = options.host ?? null;
    this.builtins = createBuiltins();
    // Through `vm`, not `this`: a forked child's copy of the builtins must build classes in the child.
    this.buildClass = new PyBuiltinFunction("__build_class__", (vm, args, kwargs) => (vm as Machine).buildClassImpl(args, kwargs));
    this.builtins.set("__build_class__", this.buildClass);
    this.loader = new ModuleLoader(this, options.files);
  }

  get currentLocation(): { file: string; line: number } {
    const frame = this.thread.top;
    return { file: frame?.code.filename ?? "", line: frame?.line ?? 0 };
  }

  idOf(value: PyObject): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(value, id);
    }
    return id;
  }

  importModule(name: string): PyModule {
    return this.loader.importModule(name);
  }

  // ---------- frames ----------

  pushFrame(thread: ThreadState, frame: Frame, mode: number): void {
    if (thread.frames.length >= RECURSION_LIMIT) throw pyError("RecursionError", "maximum recursion depth exceeded");
    frame.returnMode = mode;
    thread.frames.push(frame);
  }

  /** Runs a module's code object on a nested loop (imports), with `namespace` as its globals. */
  runModuleCode(code: CodeObject, namespace: Namespace): void {
    const frame = new Frame(code, namespace, this.builtins, namespace, null);
    this.pushFrame(this.thread, frame, ReturnMode.Nested);
    runNested(this, this.thread);
  }

  // ---------- calls ----------

  /** CALL from an opcode: Python code gets a pushed frame; everything else runs natively. */
  invoke(thread: ThreadState, frame: Frame, callable: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): SignalValue {
    let target = callable;
    let fullArgs = args;
    if (target instanceof PyBoundMethod && target.func instanceof PyFunction) {
      fullArgs = [target.self, ...args];
      target = target.func;
    }
    if (target instanceof PyInstance) {
      // A callable instance: its Python __call__ runs in a pushed frame, so it stays preemptible.
      const dunder = lookupInMro(target.cls, "__call__");
      if (dunder instanceof PyFunction) {
        fullArgs = [target, ...args];
        target = dunder;
      }
    }
    if (target instanceof PyFunction) {
      this.pushFrame(thread, frameForCall(this, target, fullArgs, kwargs), ReturnMode.Normal);
      return Signal.Continue;
    }
    if (target instanceof PyType && !target.builtin) {
      const instance = this.allocate(target, args, kwargs);
      // type.__call__: __init__ runs only on an instance of the class __new__ returned.
      if (!isInstance(instance, target)) {
        frame.stack[frame.sp++] = instance;
        return Signal.Continue;
      }
      const init = lookupInMro(target, "__init__");
      if (init instanceof PyFunction) {
        const initFrame = frameForCall(this, init, [instance, ...args], kwargs);
        initFrame.initSelf = instance;
        this.pushFrame(thread, initFrame, ReturnMode.Init);
        return Signal.Continue;
      }
      this.nativeInit(target, init, instance, args, kwargs);
      frame.stack[frame.sp++] = instance;
      return Signal.Continue;
    }
    if (target instanceof PyBuiltinFunction) {
      const result = target.fn(this, target.self === undefined ? fullArgs : [target.self, ...fullArgs], kwargs);
      if (result instanceof TailCall) return this.invoke(thread, frame, result.fn, result.args, null);
      frame.stack[frame.sp++] = result;
      return Signal.Continue;
    }
    const result = this.call(target, fullArgs, kwargs);
    frame.stack[frame.sp++] = result;
    return Signal.Continue;
  }

  /** A call from native code: Python frames run to completion on a nested loop. */
  call(callable: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null = null): PyValue {
    if (callable instanceof PyBuiltinFunction) {
      const result = callable.fn(this, callable.self === undefined ? args : [callable.self, ...args], kwargs);
      return result instanceof TailCall ? this.call(result.fn, result.args) : result;
    }
    if (callable instanceof PyFunction) {
      this.pushFrame(this.thread, frameForCall(this, callable, args, kwargs), ReturnMode.Nested);
      return runNested(this, this.thread) ?? None;
    }
    if (callable instanceof PyBoundMethod) return this.call(callable.func, [callable.self, ...args], kwargs);
    if (callable instanceof PyType) return this.construct(callable, args, kwargs);
    if (callable instanceof PyInstance) {
      const method = getAttrOrUndefined(this, callable, "__call__");
      if (method !== undefined) return this.call(method, args, kwargs);
    }
    throw typeError(`'${typeOf(callable).name}' object is not callable`);
  }

  private construct(cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    if (cls.builtin) {
      const native = constructorOf(cls);
      if (!native) throw typeError(`cannot create '${cls.name}' instances`);
      return native(this, args, kwargs, cls);
    }
    const instance = this.allocate(cls, args, kwargs);
    if (!isInstance(instance, cls)) return instance;
    const init = lookupInMro(cls, "__init__");
    if (init instanceof PyFunction) {
      const result = this.call(init, [instance, ...args], kwargs);
      if (result !== None) throw typeError(`__init__() should return None, not '${typeOf(result).name}'`);
    } else {
      this.nativeInit(cls, init, instance, args, kwargs);
    }
    return instance;
  }

  /** type.__call__'s first half: a user __new__, else the layout of the class's built-in base. */
  private allocate(cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    const newMethod = lookupInMro(cls, "__new__");
    if (newMethod !== undefined && !isBuiltinNew(newMethod)) {
      return this.call(getAttr(this, cls, "__new__"), [cls, ...args], kwargs);
    }
    const init = lookupInMro(cls, "__init__");
    const takesNoArguments = cls.layout === "object" && init === BUILTIN_INIT.object;
    if (takesNoArguments && (args.length > 0 || (kwargs && kwargs.size > 0))) {
      throw typeError(`${cls.name}() takes no arguments`);
    }
    return allocateLayout(this, cls, args);
  }

  private nativeInit(cls: PyType, init: PyValue | undefined, instance: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): void {
    if (init === undefined || init === BUILTIN_INIT.object) return;
    void cls;
    this.call(init, [instance, ...args], kwargs);
  }

  // ---------- returns and generators ----------

  returnFrom(thread: ThreadState, frame: Frame, value: PyValue): SignalValue {
    thread.frames.pop();
    const generator = frame.generator;
    if (generator) {
      generator.finished = true;
      generator.running = false;
      generator.returnValue = value;
    }
    const caller = thread.top;
    switch (frame.returnMode) {
      case ReturnMode.Nested:
        thread.nestedResult = value;
        return Signal.StopNested;
      case ReturnMode.GeneratorNested:
        thread.nestedResult = undefined;
        return Signal.StopNested;
      case ReturnMode.GeneratorForIter:
        endForLoop(caller as Frame);
        return Signal.Continue;
      case ReturnMode.GeneratorSend: {
        const delegator = caller as Frame;
        delegator.stack[delegator.sp - 1] = value;
        delegator.pc += delegator.code.code[(delegator.pc - 1) * 2 + 1] as number;
        return Signal.Continue;
      }
      case ReturnMode.Init:
        if (value !== None) throw typeError(`__init__() should return None, not '${typeOf(value).name}'`);
        (caller as Frame).stack[(caller as Frame).sp++] = frame.initSelf;
        return Signal.Continue;
      default:
        if (!caller) {
          thread.status = "finished";
          return Signal.Finished;
        }
        caller.stack[caller.sp++] = value;
        return Signal.Continue;
    }
  }

  returnGenerator(thread: ThreadState, frame: Frame): SignalValue {
    const generator = new PyGenerator(frame, frame.code.name, frame.code.qualname);
    frame.generator = generator;
    // The generator's frame is suspended; its result is the generator object.
    const mode = frame.returnMode;
    frame.returnMode = ReturnMode.Normal;
    thread.frames.pop();
    if (mode === ReturnMode.Nested) {
      thread.nestedResult = generator;
      return Signal.StopNested;
    }
    const caller = thread.top as Frame;
    caller.stack[caller.sp++] = generator;
    return Signal.Continue;
  }

  yieldFrom(thread: ThreadState, frame: Frame, value: PyValue): SignalValue {
    thread.frames.pop();
    (frame.generator as PyGenerator).running = false;
    if (frame.returnMode === ReturnMode.GeneratorNested) {
      thread.nestedResult = value;
      return Signal.StopNested;
    }
    const caller = thread.top as Frame;
    caller.stack[caller.sp++] = value;
    return Signal.Continue;
  }

  private startResume(thread: ThreadState, generator: PyGenerator, mode: number, sent: PyValue = None): void {
    if (generator.running) throw pyError("ValueError", "generator already executing");
    if (!generator.started && sent !== None) {
      throw typeError("can't send non-None value to a just-started generator");
    }
    const frame = generator.frame as Frame;
    frame.stack[frame.sp++] = sent;
    generator.running = true;
    generator.started = true;
    this.pushFrame(thread, frame, mode);
  }

  resumeForIter(thread: ThreadState, frame: Frame, generator: PyGenerator, jump: number): SignalValue {
    if (generator.finished) {
      frame.sp--;
      frame.pc += jump;
      return Signal.Continue;
    }
    this.startResume(thread, generator, ReturnMode.GeneratorForIter);
    return Signal.Continue;
  }

  /** FOR_ITER over an instance whose `__next__` is a Python function: it runs in a pushed frame. */
  callNextForIter(thread: ThreadState, iterator: PyValue, next: PyFunction): SignalValue {
    this.pushFrame(thread, frameForCall(this, next, [iterator], null), ReturnMode.IterNext);
    return Signal.Continue;
  }

  /** SEND into a suspended generator (`yield from`): it runs in a pushed frame. */
  resumeSend(thread: ThreadState, generator: PyGenerator, sent: PyValue): void {
    this.startResume(thread, generator, ReturnMode.GeneratorSend, sent);
  }

  resumeGenerator(generator: PyGenerator, sent: PyValue = None): PyValue | undefined {
    if (generator.finished) return undefined;
    this.startResume(this.thread, generator, ReturnMode.GeneratorNested, sent);
    return runNested(this, this.thread);
  }

  // ---------- classes ----------

  buildClassImpl(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    const [body, name, ...bases] = args;
    if (!(body instanceof PyFunction) || typeof name !== "string") throw typeError("__build_class__: func must be a function");
    const metaclass = kwargs?.get("metaclass");
    if (metaclass !== undefined && metaclass !== TYPE) throw new SimulatorError("metaclasses are not supported");
    for (const base of bases) {
      if (!(base instanceof PyType)) throw typeError("bases must be types");
    }
    const namespace: Namespace = new Map();
    const frame = new Frame(body.code, body.globals, body.builtins, namespace, body);
    this.pushFrame(this.thread, frame, ReturnMode.Nested);
    const cell = runNested(this, this.thread);
    const cls = createClass(name, bases as PyType[], namespace);
    if (cell instanceof PyCell) cell.value = cls;
    return cls;
  }

  // ---------- imports ----------

  /** IMPORT_NAME: `level` > 0 is a relative import from the package of `globals`. */
  importName(name: string, fromList: PyValue, level = 0, globals: Namespace | null = null): PyModule {
    return this.loader.importStatement(name, fromList, level, globals);
  }

  importFrom(module: PyValue, name: string): PyValue {
    const value = this.attributeForImport(module, name);
    if (value !== undefined) return value;
    const mod = module as PyModule;
    const where = this.loader.locationOf(mod.name);
    throw pyError("ImportError", `cannot import name '${name}' from '${mod.name}' (${where})`);
  }

  /** The attribute `from module import name` binds; an AttributeError (module __getattr__) means none. */
  private attributeForImport(module: PyValue, name: string): PyValue | undefined {
    try {
      return getAttrOrUndefined(this, module, name);
    } catch (error) {
      if (error instanceof PyThrow && isSubtype(typeOf(error.exception), exceptionTypeNamed("AttributeError"))) return undefined;
      throw error;
    }
  }

  importStar(module: PyValue, into: Namespace): void {
    if (!(module instanceof PyModule)) throw typeError("import * needs a module");
    for (const [key, value] of module.dict) if (!key.startsWith("_")) into.set(key, value);
  }

  // ---------- super() ----------

  zeroArgSuper(): PyValue {
    const frame = this.thread.top;
    const code = frame?.code;
    const classIndex = code ? code.freevars.indexOf("__class__") : -1;
    if (!frame || !code || classIndex < 0) throw pyError("RuntimeError", "super(): __class__ cell not found");
    const cls = frame.cells[code.cellvars.length + classIndex]?.value;
    if (!(cls instanceof PyType)) throw pyError("RuntimeError", "super(): empty __class__ cell");
    if (code.argCount === 0) throw pyError("RuntimeError", "super(): no arguments");
    const selfCell = code.cell2arg.indexOf(0);
    const self = selfCell >= 0 ? frame.cells[selfCell]?.value : frame.locals[0];
    if (self === undefined) throw pyError("RuntimeError", "super(): arg[0] deleted");
    return new PySuper(cls, self);
  }

  // ---------- helpers for native code ----------

  callMethod(obj: PyValue, name: string, args: PyValue[]): PyValue {
    const [method, self] = loadMethod(this, obj, name);
    return method === null ? this.call(self, args) : this.call(method, [self, ...args]);
  }

  getAttr(obj: PyValue, name: string): PyValue {
    return getAttr(this, obj, name);
  }

  error(name: "RuntimeError", message: string): Error {
    return pyError(name, message);
  }

  isPyThrow(error: unknown): error is PyThrow {
    return error instanceof PyThrow;
  }
}

/**
 * Where a VM's prints go: its host (a process), or without one the VM's own chunks. Plain data, not a
 * closure, so that a copy of the VM (explore's snapshots) gets one going to the copy.
 */
class VmOutput {
  constructor(private readonly vm: Machine) {}

  write(stream: "stdout" | "stderr", text: string): void {
    const { host } = this.vm;
    if (host) host.write(stream, text);
    else (stream === "stdout" ? this.vm.stdoutChunks : this.vm.stderrChunks).push(text);
  }
}

/** A VM's clock: its host's, or without one the thread's CPU time and sleeps (plain data, as VmOutput). */
class VmClock {
  constructor(private readonly vm: Machine) {}

  nowNs(): number {
    const { host } = this.vm;
    return host ? host.nowNs() : this.vm.thread.cpuNs + this.vm.sleptNs;
  }

  advance(ns: number): void {
    const { host } = this.vm;
    if (host) host.advance(ns);
    else this.vm.sleptNs += ns;
  }
}
