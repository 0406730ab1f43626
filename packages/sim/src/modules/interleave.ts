// _interleave (NATIVES.md): hooks with no CPython equivalent — thread names for the machine's reports,
// spawn, shared arrays, and the cost of a fork-started Process's bootstrap.

import { None, PyList, PyTuple, type PyModule } from "../vm/values.ts";
import { sortByKeys } from "../vm/sorting.ts";
import { repr, str } from "../vm/repr.ts";
import { compileSource } from "../compiler/pipeline.ts";
import { iterableToArray } from "../vm/iteration.ts";
import type { Machine as Vm } from "../vm/machine.ts";
import { interProcess, makeModule, processOf } from "./support.ts";
import { SHARED_ARRAY_TYPE } from "./shared.ts";

/** Runs the program's main file as a new module `name` (registered before it runs); returns the module. */
function runMain(vm: Vm, name: string): PyModule {
  const config = processOf(vm).machine.config;
  const code = compileSource(config.mainSource, config.mainFile);
  const module = vm.loader.createModule(name, config.mainFile);
  vm.runModuleCode(code, module.dict);
  return module;
}

export function interleaveModule(): PyModule {
  return makeModule("_interleave", [
    ["set_thread_name", (vm, [ident, name]) => {
      const thread = processOf(vm).threads.find((t) => t.live && t.ident === Number(ident));
      if (thread && name !== undefined) thread.vm.name = str(vm, name);
      return None;
    }],
    ["SharedArray", SHARED_ARRAY_TYPE],
    ["spawn", interProcess((vm, [module, fn, args, fds]) => {
      const process = processOf(vm);
      const passFds = fds === undefined ? [] : iterableToArray(vm, fds).map((fd) => Number(fd));
      const argsText = repr(vm, args ?? new PyTuple([]));
      return process.machine.spawn(process, str(vm, module ?? ""), str(vm, fn ?? ""), argsText, passFds);
    })],
    ["run_main", (vm, [name]) => runMain(vm as Vm, str(vm, name ?? "__mp_main__"))],
    ["sort_by_keys", (vm, [items, keys, reverse, inPlace]) => {
      const list = items as PyList;
      const sorted = sortByKeys(vm, list.items, (keys as PyList).items, reverse ?? false);
      if (inPlace !== true) return new PyList(sorted);
      list.items.splice(0, list.items.length, ...sorted);
      return None;
    }],
    ["process_bootstrap", (vm) => {
      const process = processOf(vm);
      process.advance(process.machine.costs.processBootstrapNs);
      return None;
    }],
  ]);
}
