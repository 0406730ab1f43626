// exploreProgram (every outcome of a program, each with a witness schedule) and replaySchedule (one
// execution following a schedule, reported as `run` reports it): the public face of Simulator III.

import { SimulatorError, type ExploreOptions, type ExploreOutcome, type ExploreResult, type RunOptions, type RunResult, type Schedule, type SourceFile } from "../api.ts";
import { ENGINE_VERSION } from "../index.ts";
import { ProgramSystem, type ProgramExecution, type ProgramOutcome } from "./program.ts";
import { search, type FoundOutcome, type SearchOptions, type SearchResult } from "./search.ts";
import { SealBroken } from "./seal.ts";
import type { Point } from "./system.ts";

const DEFAULT_MAX_EXECUTIONS = 100_000;
const DEFAULT_MAX_STATES = 2_000_000;
const DEFAULT_MAX_REAL_MS = 60_000;

/** Every outcome reachable when any thread may run at any scheduling point the model allows. */
export function exploreProgram(files: SourceFile[], options: ExploreOptions = {}): ExploreResult {
  const searchOptions: SearchOptions = {
    maxExecutions: options.maxExecutions ?? DEFAULT_MAX_EXECUTIONS,
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    ...(options.preemptions !== undefined ? { preemptionBound: options.preemptions } : {}),
    shouldStop: realTimeGuard(options),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.randomWalkEvery !== undefined ? { randomWalkEvery: options.randomWalkEvery } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  let system = new ProgramSystem(files, options);
  let found: SearchResult<ProgramOutcome>;
  try {
    found = search(system, searchOptions);
  } catch (error) {
    // A program that writes to its library (frozen when sealed) runs again with a library of its own.
    if (!system.sealed || !(error instanceof SealBroken || error instanceof TypeError)) throw error;
    system = new ProgramSystem(files, options, false);
    found = search(system, searchOptions);
  }
  const ended = found.outcomes.filter((o) => !o.outcome.budgetExhausted);
  const exhausted = found.outcomes.find((o) => o.outcome.budgetExhausted);
  const stoppedBy = found.stoppedBy ?? (exhausted ? `an execution did not end: ${exhausted.outcome.budgetExhausted}` : system.unexplored);
  return {
    complete: found.complete && !exhausted && !system.unexplored,
    ...(stoppedBy ? { stoppedBy } : {}),
    executions: found.executions,
    states: found.states,
    outcomes: ended.map((o) => exploreOutcome(o, scheduleOf(options, o.choices))).sort(byOutput),
  };
}

function realTimeGuard(options: ExploreOptions): () => string | undefined {
  const now = options.now;
  if (!now) return () => undefined;
  const limit = options.maxRealMs ?? DEFAULT_MAX_REAL_MS;
  const deadline = now() + limit;
  return () => (now() > deadline ? `real-time budget of ${limit} ms exhausted` : undefined);
}

function scheduleOf(options: RunOptions, choices: string[]): Schedule {
  return { engine: ENGINE_VERSION, model: options.model ?? "gil", cores: options.cores ?? 4, stdout: options.stdout ?? "terminal", choices };
}

function exploreOutcome(found: FoundOutcome<ProgramOutcome>, schedule: Schedule): ExploreOutcome {
  const { stdout, exitCode, deadlock, waiting } = found.outcome;
  return { stdout, exitCode, deadlock, ...(waiting ? { waiting } : {}), executions: found.executions, preemptions: found.preemptions, schedule };
}

function byOutput(a: ExploreOutcome, b: ExploreOutcome): number {
  return a.stdout < b.stdout ? -1 : a.stdout > b.stdout ? 1 : a.exitCode - b.exitCode || Number(a.deadlock) - Number(b.deadlock);
}

/** Runs the program along `schedule` (a witness from exploreProgram): the same execution, step by step. */
export function replaySchedule(files: SourceFile[], schedule: Schedule, options: RunOptions = {}): RunResult {
  const settings: RunOptions = { ...options, model: schedule.model, cores: schedule.cores, stdout: schedule.stdout };
  const execution = new ProgramSystem(files, settings).begin();
  schedule.choices.forEach((choice, index) => follow(execution, choice, index));
  const end = pointPastForced(execution);
  if (end.kind !== "end") throw new SimulatorError(`the schedule ends after ${schedule.choices.length} choices, before the program does`);
  return execution.result as RunResult;
}

/** Where the execution stands at its next real choice (or end): a schedule names no forced step. */
function pointPastForced(execution: ProgramExecution): Point<ProgramOutcome> {
  for (;;) {
    const point = execution.point();
    const only = point.kind === "choose" ? point.options[0] : undefined;
    if (!only?.forced) return point;
    execution.step(only);
  }
}

function follow(execution: ProgramExecution, choice: string, index: number): void {
  const point = pointPastForced(execution);
  if (point.kind === "end") throw new SimulatorError(`the program ended before choice ${index + 1} of the schedule (${choice})`);
  const option = point.options.find((o) => o.id === choice);
  if (!option) {
    const possible = point.options.map((o) => o.id).join(", ");
    throw new SimulatorError(`choice ${index + 1} of the schedule (${choice}) is not possible here: ${possible}`);
  }
  execution.step(option);
}
