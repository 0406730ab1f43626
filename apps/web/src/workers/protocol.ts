// Messages between the page and the simulator's Web Worker (sim.worker.ts).
import type { ExploreProgress, ExploreResult, RunOptions, RunResult, SampleResult, Schedule, SourceFile } from "@interleave/sim";

export type SimRequest =
  /** Replays a witness schedule (from explore) with a trace, for the stepper and the timeline. */
  | { id: number; kind: "replay"; files: SourceFile[]; options: RunOptions; schedule: Schedule }
  | { id: number; kind: "run"; files: SourceFile[]; options: RunOptions }
  | { id: number; kind: "sample"; files: SourceFile[]; options: RunOptions; runs: number }
  | {
      id: number;
      kind: "explore";
      files: SourceFile[];
      options: RunOptions;
      maxExecutions?: number;
      /** With cross-origin isolation (SharedArrayBuffer): the page stores 1 at [0] to stop the search and get what it found. */
      cancelFlag?: Int32Array;
    };

/** A failure the simulator reported: a SimulatorError (with file:line when known) or a crash. */
export interface SimFailure {
  name: string;
  message: string;
  file?: string;
  line?: number;
  /** How CPython-style output shows it: "SimulatorError: … (main.py:4)". */
  text: string;
}

export type SimResponse =
  | { id: number; kind: "run"; result: RunResult; elapsedMs: number }
  | { id: number; kind: "replay"; result: RunResult; schedule: Schedule; elapsedMs: number }
  | { id: number; kind: "sample"; result: SampleResult; elapsedMs: number }
  | { id: number; kind: "explore"; result: ExploreResult; elapsedMs: number }
  | { id: number; kind: "progress"; progress: ExploreProgress }
  | { id: number; kind: "error"; error: SimFailure };
