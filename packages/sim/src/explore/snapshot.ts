// A copy of a whole machine to branch from (cheaper than replaying from the start): the same
// identity-preserving graph copy fork uses, applied to everything. A blocked thread's wait holds a
// closure over the original objects, so it is rebuilt for the copied objects through `attemptOn`.
// Everything is copied but the configuration and immutable constants, memory shared between the
// machine's processes included.

import { GraphCopier } from "../runtime/copy.ts";
import { SEALED, type BoundaryFields, type SealedLibrary } from "./seal.ts";
import type { SimMachine } from "../runtime/machine.ts";
import { buildWait } from "../runtime/wait.ts";

/**
 * A copy of `machine` that evolves independently. With a sealed library (the machine's own, active),
 * the library is shared and the copy's values of its boundary objects' fields come beside it.
 */
export function snapshot(machine: SimMachine, library: SealedLibrary | null = null): { machine: SimMachine; boundaryFields: BoundaryFields[] | null } {
  // The configuration and cost table never change: shared. Memory shared between processes is not
  // shared between copies (each explored execution has its own).
  const copier = new GraphCopier(undefined, "copy", library ? SEALED : undefined).share(machine.config).share(machine.costs);
  if (machine.forkLibrary) copier.share(machine.forkLibrary);
  for (const heap of deadHeaps(machine)) copier.share(heap);
  const copy = copier.copy(machine);
  const boundaryFields = library ? library.read().map(({ keys, values }) => ({ keys, values: copier.copy(values) })) : null;
  for (const process of copy.processes) {
    for (const thread of process.threads) if (thread.wait) thread.wait = buildWait(thread.wait);
  }
  return { machine: copy, boundaryFields };
}

/**
 * The heaps of processes that ended (zombies and reaped ones): their interpreters and what their
 * threads and exit hooks hold. Nothing runs on them again and nothing else reaches into them, so
 * copies share them and the hash leaves them out (what an ended process still tells — its exit code,
 * its output — lives on the Process).
 */
export function deadHeaps(machine: SimMachine): object[] {
  const heaps: unknown[] = [];
  for (const process of machine.processes) {
    if (process.status === "running") continue;
    heaps.push(process.vm, process.atFork, process.atexit);
    for (const thread of process.threads) heaps.push(thread.vm, thread.sentinel, thread.startFunction, thread.resume, thread.wait);
  }
  return heaps.filter((heap): heap is object => typeof heap === "object" && heap !== null);
}
