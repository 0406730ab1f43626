// Importing: the program's own files (compiled on first import, run on a nested loop), the native
// modules of Simulator I (time, sys), and a clear SimulatorError for modules that come later.

import { libraryFilename } from "../bytecode/code.ts";
import { SimulatorError } from "../api.ts";
import { PySyntaxError } from "../lang/errors.ts";
import { compileSource } from "../compiler/pipeline.ts";
import { pyError, PyThrow, typeError } from "./exceptions.ts";
import { syntaxErrorException } from "./traceback.ts";
import { isIntLike } from "./numbers.ts";
import type { Machine } from "./machine.ts";
import { None, PyBuiltinFunction, PyDict, PyFloat, PyInstance, PyList, PyModule, PyTuple, type Namespace, type NativeFn, type PyValue } from "./values.ts";
import { OBJECT, makeBuiltinType } from "./types.ts";
import { keyPolicy } from "./objects.ts";

/**
 * Standard-library modules the machine provides (modules/, src/pylib) besides time and sys: a VM without
 * a machine cannot import them.
 */
const MACHINE_MODULES = new Set([
  "threading", "_thread", "os", "signal", "select", "multiprocessing", "queue", "concurrent", "collections",
  "heapq", "random", "math", "pickle", "traceback", "atexit",
]);

/** Standard-library modules that exist in CPython but are outside the simulator. */
const STDLIB_UNSUPPORTED = new Set([
  "itertools", "functools", "json", "re", "dataclasses", "typing", "abc", "copy", "string", "statistics",
  "bisect", "operator", "contextlib", "enum", "logging", "pathlib", "io", "struct", "array", "datetime",
  "weakref", "gc", "secrets", "hashlib", "subprocess", "socket", "asyncio", "selectors",
]);

const STREAM_TYPE = makeBuiltinType("TextIOWrapper", [OBJECT]);

function seconds(ns: number): PyFloat {
  return new PyFloat(ns / 1e9);
}

function toSeconds(value: PyValue | undefined, fname: string): number {
  if (value instanceof PyFloat) return value.value;
  if (isIntLike(value as PyValue)) return Number(value);
  throw typeError(`'${value === undefined ? "NoneType" : typeof value}' object cannot be interpreted as an integer`.replace("NoneType", fname));
}

export class ModuleLoader {
  /** The loaded modules (a fork copies it into the child's loader). */
  readonly modules = new Map<string, PyModule>();
  /** `sys.modules` once sys is imported: kept in step with `modules`, and read first (programs may add to it). */
  sysModules: PyDict | null = null;

  constructor(
    private readonly machine: Machine,
    private readonly files: Map<string, { filename: string; text: string }>,
  ) {}

  /** Where a module came from, as ImportError messages show it. */
  locationOf(name: string): string {
    return this.files.get(name)?.filename ?? "unknown location";
  }

  /** Creates and registers the module object before running its code (so circular imports see it). */
  createModule(name: string, filename: string | null): PyModule {
    const dict: Namespace = new Map<string, PyValue>([["__name__", name], ["__doc__", None]]);
    if (filename) this.addFileModuleNames(dict, name === "__main__", filename);
    const module = new PyModule(name, dict);
    this.register(name, module);
    return module;
  }

  /**
   * The names CPython's import machinery (or, for __main__, runpy) puts in a module run from a file, in
   * its order, so dir() and globals() list them. Loader and spec objects are not simulated: None.
   */
  private addFileModuleNames(dict: Namespace, isMain: boolean, filename: string): void {
    const builtins = new PyModule("builtins", this.machine.builtins);
    dict.set("__package__", None).set("__loader__", None).set("__spec__", None);
    if (isMain) dict.set("__annotations__", new PyDict()).set("__builtins__", builtins);
    dict.set("__file__", filename).set("__cached__", None);
    if (!isMain) dict.set("__builtins__", builtins);
  }

  /**
   * An `import` statement (CPython's __import__): imports every package on the dotted path, binds each
   * submodule on its parent, and returns the top package — or, with a from-list, the module itself
   * after importing the listed names that are submodules.
   */
  importStatement(name: string, fromList: PyValue, level: number, globals: Namespace | null): PyModule {
    const absolute = level > 0 ? this.resolveRelative(name, level, globals) : name;
    const parts = absolute.split(".");
    let module = this.importModule(parts[0] as string);
    const top = module;
    for (let i = 1; i < parts.length; i++) {
      const child = this.importModule(parts.slice(0, i + 1).join("."));
      // Bound already by an earlier import: no write (explore's sealed library forbids writes).
      if (module.dict.get(parts[i] as string) !== child) module.dict.set(parts[i] as string, child);
      module = child;
    }
    const names = fromList instanceof PyTuple ? fromList.items : [];
    if (names.length === 0) return top;
    for (const item of names) {
      if (typeof item !== "string" || item === "*" || module.dict.has(item) || !this.isPackage(absolute)) continue;
      const sub = `${absolute}.${item}`;
      if (this.exists(sub)) module.dict.set(item, this.importModule(sub));
    }
    return module;
  }

  private resolveRelative(name: string, level: number, globals: Namespace | null): string {
    const pkg = globals?.get("__package__");
    let base = typeof pkg === "string" ? pkg : "";
    for (let i = 1; i < level; i++) base = base.slice(0, Math.max(0, base.lastIndexOf(".")));
    if (!base) throw pyError("ImportError", "attempted relative import with no known parent package");
    return name ? `${base}.${name}` : base;
  }

  private isPackage(name: string): boolean {
    return this.machine.host?.libraryPackage(name) ?? false;
  }

  private exists(name: string): boolean {
    return this.modules.has(name) || this.files.has(name) || this.machine.host?.librarySource(name) !== undefined;
  }

  private register(name: string, module: PyModule): void {
    this.modules.set(name, module);
    if (name === "sys") {
      const dict = new PyDict();
      for (const [key, value] of this.modules) dict.table.set(keyPolicy(this.machine), key, value);
      module.dict.set("modules", dict);
      this.sysModules = dict;
    }
    this.sysModules?.table.set(keyPolicy(this.machine), name, module);
  }

  private unregister(name: string): void {
    this.modules.delete(name);
    this.sysModules?.table.delete(keyPolicy(this.machine), name);
  }

  importModule(name: string): PyModule {
    const listed = this.sysModules?.table.get(keyPolicy(this.machine), name);
    if (listed instanceof PyModule) return listed;
    const known = this.modules.get(name);
    if (known) return known;
    const file = this.files.get(name);
    if (file) return this.loadFile(name, file);
    const host = this.machine.host;
    if (host) {
      const native = host.nativeModule(this.machine, name);
      if (native) {
        this.register(name, native);
        return native;
      }
      const source = host.librarySource(name);
      if (source !== undefined) return this.loadFile(name, { filename: libraryFilename(name), text: source });
    }
    if (name === "time") return this.nativeModule("time", this.timeFunctions());
    if (name === "sys") return this.sysModule();
    const top = name.split(".")[0] as string;
    const location = this.machine.currentLocation;
    if (MACHINE_MODULES.has(top) && !host) throw new SimulatorError(`module '${name}' needs a machine (runProgram), not a bare VM`, location.file, location.line);
    // The machine's own modules are found above: a part of one not found here is one it leaves out (os.path).
    if (STDLIB_UNSUPPORTED.has(top) || MACHINE_MODULES.has(top)) throw new SimulatorError(`module '${name}' is not supported`, location.file, location.line);
    throw pyError("ModuleNotFoundError", `No module named '${name}'`);
  }

  private loadFile(name: string, file: { filename: string; text: string }): PyModule {
    const module = this.createModule(name, file.filename);
    const isPackage = this.isPackage(name);
    module.dict.set("__package__", isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf("."))));
    if (isPackage) module.dict.set("__path__", new PyList([]));
    let code;
    try {
      code = this.machine.host?.compile?.(file.text, file.filename) ?? compileSource(file.text, file.filename);
    } catch (error) {
      this.unregister(name);
      if (error instanceof PySyntaxError) throw new PyThrow(syntaxErrorException(error));
      throw error;
    }
    try {
      this.machine.runModuleCode(code, module.dict);
    } catch (error) {
      this.unregister(name);
      throw error;
    }
    return module;
  }

  private nativeModule(name: string, functions: [string, NativeFn][]): PyModule {
    const module = this.createModule(name, null);
    for (const [fname, fn] of functions) module.dict.set(fname, new PyBuiltinFunction(fname, fn));
    return module;
  }

  private timeFunctions(): [string, NativeFn][] {
    const clock = this.machine.clock;
    return [
      ["sleep", (_vm, [value]) => {
        const s = toSeconds(value, "sleep");
        if (s < 0) throw pyError("ValueError", "sleep length must be non-negative");
        clock.advance(Math.round(s * 1e9));
        return None;
      }],
      ["time", () => seconds(1_700_000_000e9 + clock.nowNs())],
      ["perf_counter", () => seconds(clock.nowNs())],
      ["monotonic", () => seconds(clock.nowNs())],
      ["process_time", () => seconds(this.machine.thread.cpuNs)],
      ["time_ns", () => 1_700_000_000_000_000_000n + BigInt(Math.round(clock.nowNs()))],
      ["perf_counter_ns", () => Math.round(clock.nowNs())],
      ["monotonic_ns", () => Math.round(clock.nowNs())],
    ];
  }

  private stream(which: "stdout" | "stderr"): PyInstance {
    const stream = new PyInstance(STREAM_TYPE);
    stream.dict.set("write", new PyBuiltinFunction("write", (_vm, [text]) => {
      if (typeof text !== "string") throw typeError(`write() argument must be str, not ${text === undefined ? "None" : typeof text}`);
      this.machine.output.write(which, text);
      return [...text].length;
    }));
    stream.dict.set("flush", new PyBuiltinFunction("flush", () => None));
    return stream;
  }

  private sysModule(): PyModule {
    const machine = this.machine;
    const module = this.nativeModule("sys", [
      ["exit", (_vm, [code]) => {
        throw pyError("SystemExit", code ?? None);
      }],
      ["getswitchinterval", () => new PyFloat(machine.switchIntervalS)],
      ["setswitchinterval", (_vm, [value]) => {
        const s = toSeconds(value, "setswitchinterval");
        if (s <= 0) throw pyError("ValueError", "switch interval must be strictly positive");
        machine.switchIntervalS = s;
        return None;
      }],
      ["getrecursionlimit", () => 1000],
    ]);
    module.dict.set("stdout", this.stream("stdout"));
    module.dict.set("stderr", this.stream("stderr"));
    module.dict.set("argv", new PyList(machine.options.argv));
    module.dict.set("platform", "linux");
    module.dict.set("maxsize", 9223372036854775807n);
    return module;
  }
}
