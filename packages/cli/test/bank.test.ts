// `interleave check exercises/` over the real bank, through the CLI's main and the real simulator:
// the one place `npm test` derives the whole bank (it takes minutes on 2 cores). Every exercise must
// be ok; an exercise waiting on a simulator change is listed in WAITING with the reason its row names,
// and the list can only shrink (a listed exercise that passes fails this test until it is removed).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { cli } from "./helpers.ts";

const BANK = fileURLToPath(new URL("../../../exercises", import.meta.url));

/** slug → what its row must say while it waits (the first line of its error). */
const WAITING: Record<string, RegExp> = {};

/**
 * A guard against a hang of the whole bank, not a speed check: completeness depends only on the
 * simulator's deterministic bounds (executions, states, instructions).
 */
const WHOLE_BANK_HANG_GUARD_MS = 3_600_000;

interface TableRow {
  exercise: string;
  questions: number;
  status: string;
}

/** The rows of check's table: exercise, questions, variants, states, time, status. */
function tableRows(table: string): TableRow[] {
  return table.split("\n").flatMap((line) => {
    const cells = /^(\S+)\s+(\d+)\s+\d+\s+\d+\s+\d+ ms\s+(.+)$/.exec(line);
    return cells ? [{ exercise: cells[1]!, questions: Number(cells[2]), status: cells[3]! }] : [];
  });
}

/** An exercise not in WAITING must be ok; a listed one must still fail with exactly its reason. */
function rowProblem(row: TableRow): string | null {
  const reason = WAITING[row.exercise];
  if (!reason) return row.status === "ok" ? null : `${row.exercise}: ${row.status}`;
  if (row.status === "ok") return `${row.exercise} passes now: remove it from WAITING`;
  return reason.test(row.status) ? null : `${row.exercise}: expected to wait for ${reason}, got ${row.status}`;
}

describe("interleave check exercises/ (the real bank)", () => {
  const slugs = readdirSync(BANK, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  test("lists only existing exercises as waiting", () => {
    expect(Object.keys(WAITING).filter((slug) => !slugs.includes(slug))).toEqual([]);
  });

  test(
    "prints one row per exercise, every one ok except the listed waiting ones, and exits 0 once none waits",
    () => {
      const { code, stdout, stderr } = cli(["check", BANK]);
      console.info(`interleave check exercises/:\n${stdout}`);
      expect(stderr).toBe("");
      const rows = tableRows(stdout);
      expect(rows.map((row) => row.exercise)).toEqual(slugs);
      expect(rows.filter((row) => row.questions === 0).map((row) => row.exercise)).toEqual([]);
      expect(rows.flatMap((row) => rowProblem(row) ?? []), stdout).toEqual([]);
      const waiting = Object.keys(WAITING).length;
      expect(stdout).toMatch(new RegExp(`^${slugs.length} exercises: ${slugs.length - waiting} ok, \\d+ waiting on the simulator, \\d+ failed$`, "m"));
      if (waiting === 0) expect(code).toBe(0);
      else expect([1, 3]).toContain(code); // 3: only waiting rows; 1: a waiting row fails (its reason is checked above)
    },
    WHOLE_BANK_HANG_GUARD_MS,
  );
});
