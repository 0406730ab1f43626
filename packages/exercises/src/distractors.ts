// Near-miss outputs for possible-outputs questions: small edits of real outcomes that a learner with a
// slightly wrong model would expect. derive.ts keeps one only when a complete exploration proves it
// impossible (it is not in the outcome set).
import { sha256Hex } from "./sha256.ts";

type Edit = (lines: string[]) => string[][];

/** Two neighbouring lines swapped. */
const swapNeighbours: Edit = (lines) =>
  lines.slice(1).flatMap((line, i) => (line === lines[i] ? [] : [[...lines.slice(0, i), line, lines[i]!, ...lines.slice(i + 2)]]));

/** The last number on a line one more or one less: a value just outside the reachable set. */
const nudgeNumber: Edit = (lines) =>
  lines.flatMap((line, i) => {
    const match = /(-?\d+)(?!.*\d)/.exec(line);
    if (!match) return [];
    const value = Number(match[1]);
    const at = match.index;
    const withValue = (n: number) => [...lines.slice(0, i), line.slice(0, at) + n + line.slice(at + match[1]!.length), ...lines.slice(i + 1)];
    return [withValue(value + 1), withValue(value - 1)];
  });

/** A line printed once more (a fork line, or a buffered line copied into a child) right after itself or at the end. */
const duplicateLine: Edit = (lines) =>
  lines.flatMap((line, i) => [
    [...lines.slice(0, i + 1), line, ...lines.slice(i + 1)],
    [...lines, line],
  ]);

/** A line printed once less. */
const dropLine: Edit = (lines) => (lines.length < 2 ? [] : lines.map((_, i) => [...lines.slice(0, i), ...lines.slice(i + 1)]));

const EDITS: Edit[] = [swapNeighbours, nudgeNumber, duplicateLine, dropLine];

/**
 * Up to `count` candidate outputs not in `outcomes`, taking edits in turn (swap, nudge, duplicate,
 * drop) so the distractors are varied; deterministic for the same outcomes.
 */
export function nearMisses(outcomes: readonly string[], count: number): string[] {
  const real = new Set(outcomes);
  const pools = EDITS.map((edit) => unique(outcomes.flatMap((stdout) => edit(splitLines(stdout)).map(joinLines))).filter((s) => !real.has(s)));
  const picked: string[] = [];
  for (let round = 0; picked.length < count && pools.some((pool) => pool.length > round); round++) {
    for (const pool of pools) {
      const candidate = pool[round];
      if (candidate !== undefined && !picked.includes(candidate) && picked.length < count) picked.push(candidate);
    }
  }
  return picked;
}

/** Choices in a stable shuffled order, so the real outcomes are not always first. */
export function shuffleChoices(choices: readonly string[], seed: string): string[] {
  return [...choices].map((choice) => ({ choice, key: sha256Hex(`${seed}\u0000${choice}`) })).sort((x, y) => (x.key < y.key ? -1 : 1)).map((x) => x.choice);
}

export function splitLines(stdout: string): string[] {
  if (stdout === "") return [];
  const lines = stdout.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function joinLines(lines: string[]): string {
  return lines.map((line) => `${line}\n`).join("");
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
