// sys (NATIVES.md): exit, the standard streams (writes go through the process's buffers), the switch
// interval (per process: it drives the GIL's drop requests), exc_info and excepthook.

import { pyError, typeError } from "../vm/exceptions.ts";
import { formatException } from "../vm/traceback.ts";
import { typeOf } from "../vm/types.ts";
import type { Machine as Vm } from "../vm/machine.ts";
import { None, PyException, PyFloat, PyInstance, PyList, PyTuple, type PyModule, type PyValue, type VmContext } from "../vm/values.ts";
import { makeModule, nativeType, processOf, seconds } from "./support.ts";

class StreamObject extends PyInstance {
  constructor(readonly stream: "stdout" | "stderr") {
    super(STREAM_TYPE);
  }
}

const STREAM_TYPE = nativeType("_io", "TextIOWrapper", [
  ["write", (vm, [self, text]) => {
    if (typeof text !== "string") throw typeError(`write() argument must be str, not ${typeOf(text ?? None).name}`);
    processOf(vm).write((self as StreamObject).stream, text);
    return [...text].length;
  }],
  ["flush", (vm, [self]) => {
    processOf(vm).flush((self as StreamObject).stream);
    return None;
  }],
  ["isatty", (vm, [self]) => (self as StreamObject).stream === "stdout" && processOf(vm).stdout.mode === "terminal"],
  ["fileno", (_vm, [self]) => ((self as StreamObject).stream === "stdout" ? 1 : 2)],
]);

function excInfo(vm: VmContext): PyTuple {
  const handled = (vm as Vm).thread.handled;
  if (!(handled instanceof PyException)) return new PyTuple([None, None, None]);
  return new PyTuple([typeOf(handled), handled, None]);
}

export function sysModule(vm: Vm): PyModule {
  const module = makeModule("sys", [
    ["exit", (_vm, [code]) => {
      throw pyError("SystemExit", code ?? None);
    }],
    ["getswitchinterval", (v) => new PyFloat((v as Vm).switchIntervalS)],
    ["setswitchinterval", (v, [value]) => {
      const s = seconds(value);
      if (s <= 0) throw pyError("ValueError", "switch interval must be strictly positive");
      (v as Vm).switchIntervalS = s;
      return None;
    }],
    ["getrecursionlimit", () => 1000],
    ["exc_info", (v) => excInfo(v)],
    ["exception", (v) => {
      const handled = (v as Vm).thread.handled;
      return handled instanceof PyException ? handled : None;
    }],
    ["excepthook", (v, [, value]) => {
      if (value instanceof PyException) v.output.write("stderr", formatException(v, value, processOf(v).machine.config.sourceLookup));
      return None;
    }],
  ]);
  const dict = module.dict;
  dict.set("stdout", new StreamObject("stdout"));
  dict.set("stderr", new StreamObject("stderr"));
  dict.set("__stdout__", dict.get("stdout") as PyValue);
  dict.set("__stderr__", dict.get("stderr") as PyValue);
  dict.set("argv", new PyList([processOf(vm).machine.config.mainFile]));
  dict.set("platform", "linux");
  dict.set("executable", "python3");
  dict.set("maxsize", 9223372036854775807n);
  dict.set("version_info", new PyTuple([3, 11, 7, "final", 0]));
  return module;
}
