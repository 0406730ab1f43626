// check.py's judging, line for line in TypeScript (../../../../shared/conformance/check.py, copied to
// cases/check.py): given a command's JSON result and a check's expectation, the list of what is wrong.

export type Json = Record<string, unknown>;

export interface Check {
  cmd: "run" | "sample" | "explore";
  flags?: string[];
  expect: Json;
}

export interface CaseSpec {
  about: string;
  checks: Check[];
}

/** Python's repr for the values check.py prints (strings, numbers, booleans, lists, null). */
function pyRepr(value: unknown): string {
  if (value === undefined || value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  return String(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function judge(cmd: Check["cmd"], result: Json, expected: Json): string[] {
  return cmd === "run" ? judgeRun(result, expected) : judgeOutcomes(result, expected);
}

function judgeRun(result: Json, expected: Json): string[] {
  const bad: string[] = [];
  for (const key of ["stdout", "exitCode", "deadlock"]) {
    if (key in expected && !sameJson(result[key] ?? null, expected[key])) {
      bad.push(`${key}: got ${pyRepr(result[key])}, want ${pyRepr(expected[key])}`);
    }
  }
  if ("wallSeconds" in expected) {
    const wall = Number(result.wallNs ?? 0) / 1e9;
    const [lo, hi] = expected.wallSeconds as [number, number];
    if (!(lo <= wall && wall <= hi)) bad.push(`wallSeconds: got ${wall.toFixed(4)}, want [${lo}, ${hi}]`);
  }
  const stderr = typeof result.stderr === "string" ? result.stderr : "";
  for (const part of (expected.stderrIncludes as string[] | undefined) ?? []) {
    if (!stderr.includes(part)) bad.push(`stderr lacks ${pyRepr(part)}`);
  }
  const ending = expected.stderrEndsWith as string | undefined;
  if (ending !== undefined && !stderr.endsWith(ending)) {
    bad.push(`stderr ends ${pyRepr(stderr.slice(-80))}, want ...${pyRepr(ending)}`);
  }
  return bad;
}

function judgeOutcomes(result: Json, expected: Json): string[] {
  const bad: string[] = [];
  const outcomes = (result.outcomes as Json[] | undefined) ?? [];
  const got = new Set(outcomes.map((outcome) => outcome.stdout as string));
  const sorted = (set: Iterable<string>) => pyRepr([...set].sort());
  if (expected.complete && result.complete !== true) bad.push(`complete: got ${pyRepr(result.complete)}`);
  const wantSet = expected.stdoutSet as string[] | undefined;
  if (wantSet && !sameSet(got, new Set(wantSet))) {
    bad.push(`outcome stdouts: got ${sorted(got)}, want ${sorted(wantSet)}`);
  }
  for (const stdout of (expected.stdoutIncludes as string[] | undefined) ?? []) {
    if (!got.has(stdout)) bad.push(`missing outcome ${pyRepr(stdout)}`);
  }
  for (const stdout of (expected.stdoutExcludes as string[] | undefined) ?? []) {
    if (got.has(stdout)) bad.push(`impossible outcome ${pyRepr(stdout)} reported`);
  }
  if (expected.deadlockPossible && !outcomes.some((o) => o.deadlock)) bad.push("no deadlock outcome");
  if (expected.allDeadlock && !(outcomes.length > 0 && outcomes.every((o) => o.deadlock))) {
    bad.push("not every outcome deadlocks");
  }
  const every = expected.everyStdout as string | undefined;
  if (every !== undefined && !sameSet(got, new Set([every]))) bad.push(`sample stdouts: got ${sorted(got)}`);
  return bad;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
