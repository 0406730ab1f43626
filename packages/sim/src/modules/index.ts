// The native modules of NATIVES.md, built per process (each process has its own module objects).

import type { Machine as Vm } from "../vm/machine.ts";
import type { PyModule } from "../vm/values.ts";
import { atexitModule } from "./atexit.ts";
import { collectionsModule } from "./collections.ts";
import { interleaveModule } from "./interleave.ts";
import { mathModule } from "./math.ts";
import { osModule, signalModule } from "./os.ts";
import { sysModule } from "./sys.ts";
import { threadModule } from "./thread.ts";
import { timeModule } from "./time.ts";
import { tracebackModule } from "./traceback.ts";
import { pickleModule } from "./pickle.ts";
import { selectModule } from "./select.ts";
import { multiprocessingNativeModule } from "./semlock.ts";

const BUILDERS: Record<string, (vm: Vm) => PyModule> = {
  _thread: threadModule,
  _collections: collectionsModule,
  _interleave: interleaveModule,
  atexit: atexitModule,
  os: osModule,
  signal: signalModule,
  sys: sysModule,
  time: timeModule,
  math: mathModule,
  traceback: tracebackModule,
  _pickle: pickleModule,
  select: selectModule,
  _multiprocessing: multiprocessingNativeModule,
};

export function nativeModule(vm: Vm, name: string): PyModule | undefined {
  return Object.hasOwn(BUILDERS, name) ? BUILDERS[name]?.(vm) : undefined;
}
