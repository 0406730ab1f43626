// print under `unbuffered` stdout (python3 -u): the text and the end are two write system calls, and the
// GIL is released around each, so another thread can write between a line's text and its newline.
// Every other print is the VM's own.

import type { Machine as Vm } from "../vm/machine.ts";
import { None, PyBuiltinFunction, type PyValue } from "../vm/values.ts";
import type { Process } from "../runtime/process.ts";
import { block, processOf } from "./support.ts";

/** The second write system call: the line's end. */
function endWrite(process: Process, endText: string): () => PyValue {
  return () => {
    process.stdout.write(endText);
    return None;
  };
}

function vmPrint(vm: Vm): PyBuiltinFunction {
  return processOf(vm).vmPrint;
}

export const UNBUFFERED_AWARE_PRINT = new PyBuiltinFunction("print", (vm, args, kwargs) => {
  const process = processOf(vm);
  const original = vmPrint(vm as Vm);
  const file = kwargs?.get("file");
  const end = kwargs?.get("end") ?? None;
  const plain = (file === undefined || file === None) && (end === None || typeof end === "string");
  if (!plain || process.stdout.mode !== "unbuffered" || (vm as Vm).nestedDepth > 0) return original.fn(vm, args, kwargs);
  const textOnly = new Map<string, PyValue>(kwargs ?? []);
  textOnly.set("end", "");
  textOnly.delete("flush");
  original.fn(vm, args, textOnly);
  const endText = end === None ? "\n" : (end as string);
  return block(vm, {
    reason: "write to stdout",
    on: null,
    context: process,
    brief: true,
    deadline: process.nowNs() + process.machine.costs.syscallNs,
    attemptOn: (_on, context) => endWrite(context as Process, endText),
  });
});
