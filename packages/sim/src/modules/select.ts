// select (NATIVES.md, pipes only): which read ends are ready, blocking until one is or the timeout
// passes. multiprocessing builds Connection.poll and the timeouts of join and Queue.get on it.

import { SimulatorError } from "../api.ts";
import { getAttr } from "../vm/attrs.ts";
import { iterableToArray } from "../vm/iteration.ts";
import { None, PyList, PyTuple, type PyModule, type PyValue, type VmContext } from "../vm/values.ts";
import type { Pipe } from "../runtime/files.ts";
import { block, intArg, makeModule, oserror, processOf, seconds } from "./support.ts";

function fdOf(vm: VmContext, item: PyValue): number {
  return typeof item === "number" ? item : intArg(vm.call(getAttr(vm, item, "fileno"), []), "fileno");
}

function select(vm: VmContext, args: PyValue[]): PyValue {
  const [rlist, wlist, xlist, timeoutArg] = args;
  if (iterableToArray(vm, wlist ?? None).length > 0 || iterableToArray(vm, xlist ?? None).length > 0) {
    throw new SimulatorError("select.select supports read lists only");
  }
  const process = processOf(vm);
  const items = iterableToArray(vm, rlist ?? None);
  const pipes: Pipe[] = items.map((item) => {
    const file = process.fds.files.get(fdOf(vm, item));
    if (!file) return oserror(9, "Bad file descriptor");
    return file.pipe;
  });
  const now = readyItems(items, pipes);
  const timeout = timeoutArg === undefined || timeoutArg === None ? Infinity : Math.max(0, seconds(timeoutArg)) * 1e9;
  if (now.length > 0 || timeout === 0) return selected(now);
  return block(vm, {
    reason: `select on fds ${items.map((item) => fdOf(vm, item)).join(", ")}`,
    on: pipes,
    context: items,
    deadline: process.nowNs() + timeout,
    attemptOn: (on, context) => selectAttempt(context as PyValue[], on as Pipe[]),
  });
}

/** The items whose pipe (at the same position) has data or no writer left. */
function readyItems(items: readonly PyValue[], pipes: readonly Pipe[]): PyValue[] {
  return items.filter((_, i) => (pipes[i] as Pipe).data.length > 0 || (pipes[i] as Pipe).writers === 0);
}

function selected(found: PyValue[]): PyTuple {
  return new PyTuple([new PyList(found), new PyList([]), new PyList([])]);
}

function selectAttempt(items: readonly PyValue[], pipes: readonly Pipe[]): (timedOut: boolean) => PyValue | undefined {
  return (timedOut) => {
    const found = readyItems(items, pipes);
    return found.length > 0 || timedOut ? selected(found) : undefined;
  };
}

export function selectModule(): PyModule {
  return makeModule("select", [["select", (vm, args) => select(vm, args)]]);
}
