// What the VM needs from the machine that runs it (runtime/, Simulator II): one host per process.
// Without a host (a bare vm Machine) output is collected in memory and time is the thread's CPU time.

import type { PyModule } from "./values.ts";
import type { Machine } from "./machine.ts";
import type { CodeObject } from "../bytecode/code.ts";

export interface VmHost {
  /** print / sys.stdout.write: the process's stdout or stderr (buffered per the stdout mode). */
  write(stream: "stdout" | "stderr", text: string): void;
  /** The virtual time as the running thread sees it, in ns. */
  nowNs(): number;
  /** A blocking call inside a nested loop cannot suspend the thread: its time just passes. */
  advance(ns: number): void;
  /** A native module (NATIVES.md) built for `vm`, or undefined when the host has none of that name. */
  nativeModule(vm: Machine, name: string): PyModule | undefined;
  /** Python source of a library module (src/pylib), or undefined. */
  librarySource(name: string): string | undefined;
  /** Whether the library module `name` is a package (it has submodules). */
  libraryPackage(name: string): boolean;
  /** Compiles a module's source; a host may reuse code objects across runs (they are immutable). */
  compile?(text: string, filename: string): CodeObject;
}
