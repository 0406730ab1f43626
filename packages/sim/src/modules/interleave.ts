// _interleave (NATIVES.md): hooks with no CPython equivalent — thread names for the machine's reports,
// spawn, shared arrays, the cost of a fork-started Process's bootstrap, and `random`'s draws.

import { None, PyBytes, PyFloat, PyList, PyTuple, type PyModule, type PyValue, type VmContext } from "../vm/values.ts";
import { pyError } from "../vm/exceptions.ts";
import * as I from "../vm/primitives/int.ts";
import { isIntLike } from "../vm/numbers.ts";
import { Prng } from "../runtime/prng.ts";
import { sortByKeys } from "../vm/sorting.ts";
import { repr, str } from "../vm/repr.ts";
import { compileSource } from "../compiler/pipeline.ts";
import { iterableToArray } from "../vm/iteration.ts";
import type { Machine as Vm } from "../vm/machine.ts";
import { block, interProcess, intArg, makeModule, processOf } from "./support.ts";
import { SHARED_ARRAY_TYPE } from "./shared.ts";

/** Runs the program's main file as a new module `name` (registered before it runs); returns the module. */
function runMain(vm: Vm, name: string): PyModule {
  const config = processOf(vm).machine.config;
  const code = compileSource(config.mainSource, config.mainFile);
  const module = vm.loader.createModule(name, config.mainFile);
  vm.runModuleCode(code, module.dict);
  return module;
}

/** A random integer below `n` that the explorer picks (program.ts offers one option per value). */
export class RandomChoice {
  chosen: number | undefined = undefined;

  constructor(readonly n: number) {}
}

/** Draws with more values than this are not branched on: the generator draws them (and explore says so). */
export const MAX_EXPLORED_VALUES = 4096;

/**
 * `random`'s one source of integers: below `n`, from the process's generator in a run. Under the
 * explorer the thread waits for the explorer to pick the value (every value is explored), except
 * inside a native callback, whose JS stack cannot wait, or with more than MAX_EXPLORED_VALUES values:
 * there the generator draws it, and the explorer says that other values were not explored.
 */
function randbelow(vm: VmContext, n: bigint): PyValue {
  const process = processOf(vm);
  if (process.machine.explored) {
    if ((vm as Vm).nestedDepth === 0 && n <= BigInt(MAX_EXPLORED_VALUES)) {
      return block(vm, { reason: "random choice", on: new RandomChoice(Number(n)), deadline: Infinity, silent: true, attemptOn: (on) => () => (on as RandomChoice).chosen });
    }
    process.machine.drewWithoutExplorer = true;
  }
  return I.normalizeBigInt(drawBelow(process.random, n));
}

/** Uniform in [0, n): 32 bits at a time, a draw past the largest multiple of n drawn again. */
function drawBelow(random: Prng, n: bigint): bigint {
  if (n <= 0x1_0000_0000n) return BigInt(Math.floor(random.next() * Number(n)));
  const chunks = Math.ceil(n.toString(2).length / 32);
  const span = 1n << BigInt(32 * chunks);
  const limit = span - (span % n);
  for (;;) {
    let value = 0n;
    for (let i = 0; i < chunks; i++) value = (value << 32n) | BigInt(Math.floor(random.next() * 0x1_0000_0000));
    if (value < limit) return value % n;
  }
}

/** A float in [0, 1) from the process's generator (the explorer takes the one value and says so). */
function randomFloat(vm: VmContext): PyFloat {
  const process = processOf(vm);
  if (process.machine.explored) process.machine.drewWithoutExplorer = true;
  return new PyFloat(process.random.next());
}

/** random.seed(a): the same `a` gives the same sequence (None: the run's own seed for this process again). */
function seedRandom(vm: VmContext, a: PyValue | undefined): void {
  const process = processOf(vm);
  process.random = a === undefined || a === None ? process.freshRandom() : new Prng(seedNumber(a));
}

function seedNumber(a: PyValue): number {
  // Each kind hashed apart: seed(1), seed("1") and seed(1.5) give different sequences, as in CPython.
  if (typeof a === "number" || typeof a === "boolean" || typeof a === "bigint") return textSeed(`int ${BigInt(a)}`);
  if (typeof a === "string") return textSeed(`str ${a}`);
  if (a instanceof PyFloat) return textSeed(`float ${a.value}`);
  if (a instanceof PyBytes) return textSeed(`bytes ${String.fromCharCode(...a.bytes)}`);
  throw pyError("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

/** FNV-1a over the text's code units: a seed for a str, bytes or float. */
function textSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
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
    ["randbelow", (vm, [n]) => {
      if (n === undefined || !isIntLike(n)) return intArg(n, "n"); // not an int: intArg's TypeError
      const bound = I.toBigInt(n);
      if (bound <= 0n) throw pyError("ValueError", "randbelow() needs a positive bound");
      return randbelow(vm, bound);
    }],
    ["random", (vm) => randomFloat(vm)],
    ["seed", (vm, [a]) => {
      seedRandom(vm, a);
      return None;
    }],
    ["process_bootstrap", (vm) => {
      const process = processOf(vm);
      process.advance(process.machine.costs.processBootstrapNs);
      return None;
    }],
  ]);
}
