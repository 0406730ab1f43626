// time (NATIVES.md): every clock is the virtual clock; sleep blocks the thread (releasing the GIL),
// sleep(0) included — CPython 3.11 releases and retakes the GIL there too.

import { pyError } from "../vm/exceptions.ts";
import { None, PyFloat, type PyModule, type PyValue, type VmContext } from "../vm/values.ts";
import { block, makeModule, processOf, seconds } from "./support.ts";

/** time.time()'s origin: a fixed date (2023-11-14), so outputs are reproducible. */
const EPOCH_NS = 1_700_000_000e9;

/** A sleep ends when its time is up, and only then. */
function sleepAttempt(timedOut: boolean): PyValue | undefined {
  return timedOut ? None : undefined;
}

function sleep(vm: VmContext, value: PyValue | undefined): PyValue {
  const s = seconds(value);
  if (s < 0) throw pyError("ValueError", "sleep length must be non-negative");
  const process = processOf(vm);
  return block(vm, {
    reason: "sleep",
    on: null,
    deadline: process.nowNs() + s * 1e9,
    attemptOn: () => sleepAttempt,
  });
}

export function timeModule(): PyModule {
  const now = (vm: VmContext): number => processOf(vm).nowNs();
  return makeModule("time", [
    ["sleep", (vm, [value]) => sleep(vm, value)],
    ["time", (vm) => new PyFloat((EPOCH_NS + now(vm)) / 1e9)],
    ["perf_counter", (vm) => new PyFloat(now(vm) / 1e9)],
    ["monotonic", (vm) => new PyFloat(now(vm) / 1e9)],
    ["process_time", (vm) => new PyFloat(processOf(vm).cpuNs / 1e9)],
    ["thread_time", (vm) => new PyFloat(processOf(vm).current.vm.cpuNs / 1e9)],
    ["time_ns", (vm) => BigInt(EPOCH_NS) + BigInt(Math.round(now(vm)))],
    ["perf_counter_ns", (vm) => Math.round(now(vm))],
    ["monotonic_ns", (vm) => Math.round(now(vm))],
    ["process_time_ns", (vm) => Math.round(processOf(vm).cpuNs)],
  ]);
}
