// traceback (NATIVES.md): CPython's is Python over the interpreter's frames; here the VM's formatter.

import { formatException } from "../vm/traceback.ts";
import { None, PyException, type PyModule, type VmContext } from "../vm/values.ts";
import type { Machine as Vm } from "../vm/machine.ts";
import { makeModule, processOf } from "./support.ts";

function handledText(vm: VmContext): string {
  const handled = (vm as Vm).thread.handled;
  if (!(handled instanceof PyException)) return "NoneType: None\n";
  return formatException(vm, handled, processOf(vm).machine.config.sourceLookup);
}

export function tracebackModule(): PyModule {
  return makeModule("traceback", [
    ["format_exc", (vm) => handledText(vm)],
    ["print_exc", (vm) => {
      vm.output.write("stderr", handledText(vm));
      return None;
    }],
    ["print_exception", (vm, [exc]) => {
      if (exc instanceof PyException) vm.output.write("stderr", formatException(vm, exc, processOf(vm).machine.config.sourceLookup));
      return None;
    }],
  ]);
}
