// The simulator as an injected dependency: derive.ts asks an Engine, tests can pass a fake, and
// `simEngine` adapts @interleave/sim. Entry points that have not landed in the simulator yet fail
// with a SimulatorError that says which milestone brings them, never with a made-up answer.
import * as sim from "@interleave/sim";
import { SimulatorError } from "@interleave/sim";
import type {
  ExploreOptions,
  ExploreResult,
  RunOptions,
  RunResult,
  SampleOptions,
  SampleResult,
  SourceFile,
} from "@interleave/sim";

export interface Engine {
  /** Part of every fingerprint: a new engine version re-derives every answer. */
  readonly version: string;
  run(files: SourceFile[], options: RunOptions): RunResult;
  sample(files: SourceFile[], options: SampleOptions): SampleResult;
  explore(files: SourceFile[], options: ExploreOptions): ExploreResult;
}

interface SimEntryPoints {
  ENGINE_VERSION: string;
  runProgram(files: SourceFile[], options?: RunOptions): RunResult;
  sampleProgram(files: SourceFile[], options: SampleOptions): SampleResult;
  exploreProgram(files: SourceFile[], options: ExploreOptions): ExploreResult;
}

/** The message every not-yet-landed entry point throws; checkBank recognises it. */
export function notAvailableYet(what: string, milestone: string): SimulatorError {
  return new SimulatorError(`${what} is not available yet (${milestone})`);
}

/** An Engine over whatever @interleave/sim exports (looked up at call time, so it sees new exports). */
export function engineFrom(module: Partial<SimEntryPoints>): Engine {
  return {
    version: module.ENGINE_VERSION ?? "unknown",
    run(files, options) {
      if (!module.runProgram) throw notAvailableYet("run", "Simulator I: runProgram");
      return module.runProgram(files, options);
    },
    sample(files, options) {
      if (!module.sampleProgram) throw notAvailableYet("sample", "Simulator II: sampleProgram");
      return module.sampleProgram(files, options);
    },
    explore(files, options) {
      if (!module.exploreProgram) throw notAvailableYet("explore", "Simulator III: exploreProgram");
      return module.exploreProgram(files, options);
    },
  };
}

export const simEngine: Engine = engineFrom(sim as unknown as Partial<SimEntryPoints>);

/** A "not available yet" or "not supported" simulator error: a known gap rather than a bug. */
export function isUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /not available yet|not supported|unsupported/i.test(message);
}
