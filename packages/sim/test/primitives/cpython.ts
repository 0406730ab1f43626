// Test helper: table-driven cases whose expected strings are proven against a real python3.
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { PrimitiveError } from "../../src/vm/primitives/errors.ts";

/** [python expression, expected repr (or "!Type: message"), our computation as a repr string]. */
export type Case = readonly [expr: string, expected: string, actual: () => string];

const EVALUATOR = String.raw`
import json, sys
request = json.load(sys.stdin)
namespace = {}
exec(request["prelude"], namespace)
out = []
for expr in request["exprs"]:
    try:
        out.append(repr(eval(expr, namespace)))
    except Exception as error:
        out.append("!" + type(error).__name__ + ": " + str(error))
print(json.dumps(out))
`;

function findPython(): string | undefined {
  try {
    const version = execFileSync("python3", ["--version"], { encoding: "utf8" });
    return version.startsWith("Python 3.11") ? "python3" : undefined;
  } catch {
    return undefined;
  }
}

/** python3 3.11 when on PATH; comparisons with CPython are skipped (alone) without it. */
export const python = findPython();

/** repr() of each expression in one python3 process (errors as "!Type: message"). */
export function evalInPython(exprs: readonly string[], prelude = ""): string[] {
  if (python === undefined) throw new Error("python3 is not available");
  const output = execFileSync(python, ["-c", EVALUATOR], {
    input: JSON.stringify({ prelude, exprs }),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return JSON.parse(output) as string[];
}

/** Runs a computation, rendering a PrimitiveError as "!Type: message" like the evaluator does. */
export function capture(actual: () => string): string {
  try {
    return actual();
  } catch (error) {
    if (error instanceof PrimitiveError) return `!${error.pyType}: ${error.message}`;
    throw error;
  }
}

/**
 * Registers one describe block per table (each case checks our result against the stored
 * expectation) and one test proving every stored expectation with python3.
 */
export function checkTables(tables: Record<string, readonly Case[]>, prelude = ""): void {
  for (const [name, cases] of Object.entries(tables)) {
    describe(name, () => {
      test.each(cases.map((c) => [c[0], c[1], c[2]] as const))("%s → %s", (_expr, expected, actual) => {
        expect(capture(actual)).toBe(expected);
      });
    });
  }
  const all = Object.values(tables).flat();
  test.runIf(python !== undefined)("stored expectations agree with CPython", () => {
    const results = evalInPython(
      all.map((c) => c[0]),
      prelude,
    );
    const mismatches = all.flatMap((c, i) => (results[i] === c[1] ? [] : [`${c[0]} → CPython ${results[i]}`]));
    expect(mismatches).toEqual([]);
  });
}

/** Random (or any) expressions whose expected value is CPython's, compared in one batch. */
export function crossCheck(name: string, cases: ReadonlyArray<readonly [expr: string, actual: () => string]>, prelude = ""): void {
  test(name, () => {
    // Every computation runs (a JS error fails the test) even when python3 is absent.
    const ours = cases.map((c) => capture(c[1]));
    if (python === undefined) return;
    const theirs = evalInPython(
      cases.map((c) => c[0]),
      prelude,
    );
    const mismatches = cases.flatMap((c, i) => (ours[i] === theirs[i] ? [] : [`${c[0]}: ours ${ours[i]} CPython ${theirs[i]}`]));
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
}

/** Deterministic PRNG (mulberry32) so randomized cases are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random bigint of up to `maxBits` bits, either sign. */
export function randomBigInt(random: () => number, maxBits: number): bigint {
  const bits = 1 + Math.floor(random() * maxBits);
  let n = 0n;
  for (let i = 0; i < bits; i += 30) n = (n << 30n) | BigInt(Math.floor(random() * 2 ** 30));
  n >>= BigInt(Math.max(0, Math.ceil(bits / 30) * 30 - bits));
  return random() < 0.5 ? -n : n;
}

/** A random double: mixes uniform bit patterns, small decimals, integers and halves. */
export function randomFloat(random: () => number): number {
  const pick = random();
  if (pick < 0.4) {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(0, Math.floor(random() * 2 ** 32));
    view.setUint32(4, Math.floor(random() * 2 ** 32));
    const x = view.getFloat64(0);
    return Number.isFinite(x) ? x : 1.5;
  }
  if (pick < 0.7) return Number((random() * 2000 - 1000).toFixed(Math.floor(random() * 6)));
  if (pick < 0.85) return (Math.floor(random() * 2000) - 1000) / 8;
  return (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
}

/** Python source for a double that round-trips exactly. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "float('-inf')";
  // JS's shortest round-trip digits read back by Python's float() give the same double.
  return Object.is(x, -0) ? "-0.0" : `float('${x.toExponential()}')`;
}
