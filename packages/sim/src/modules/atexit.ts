// atexit (NATIVES.md): callbacks the machine runs, in reverse order, at a process's normal exit.

import { typeError } from "../vm/exceptions.ts";
import { None, type PyModule } from "../vm/values.ts";
import { makeModule, processOf } from "./support.ts";

export function atexitModule(): PyModule {
  return makeModule("atexit", [
    ["register", (vm, args, kwargs) => {
      const [fn, ...rest] = args;
      if (fn === undefined) throw typeError("register() takes at least 1 argument (0 given)");
      processOf(vm).atexit.push([fn, rest, kwargs]);
      return fn;
    }],
    ["unregister", (vm, [fn]) => {
      const list = processOf(vm).atexit;
      for (let i = list.length - 1; i >= 0; i--) if (list[i]?.[0] === fn) list.splice(i, 1);
      return None;
    }],
    ["_clear", (vm) => {
      processOf(vm).atexit.length = 0;
      return None;
    }],
    ["_ncallbacks", (vm) => processOf(vm).atexit.length],
  ]);
}
