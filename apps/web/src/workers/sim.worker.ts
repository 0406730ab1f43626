// The simulator in a Web Worker, so a long run or exploration never freezes the page.
// The worker is busy inside the simulator until it returns, so it cannot read a "cancel" message:
// the page cancels by terminating the worker (see useSimWorker) and keeps the last progress figures,
// or, when the page is cross-origin isolated, by setting the request's shared cancelFlag, which the
// progress callback polls (explore then returns what it found so far).
import * as sim from "@interleave/sim";
import type { ExploreOptions, ExploreResult, RunOptions, RunResult, Schedule, SourceFile } from "@interleave/sim";
import type { SimFailure, SimRequest, SimResponse } from "./protocol";

type Explore = (files: SourceFile[], options: ExploreOptions) => ExploreResult;
type Replay = (files: SourceFile[], schedule: Schedule, options: RunOptions) => RunResult;

// Looked up by name, so this worker builds against a simulator that does not export them (yet).
const exploreProgram = Reflect.get(sim, "exploreProgram") as Explore | undefined;
const replaySchedule = Reflect.get(sim, "replaySchedule") as Replay | undefined;

const scope = self as unknown as { onmessage: ((event: MessageEvent<SimRequest>) => void) | null; postMessage(message: SimResponse): void };

const now = () => performance.now();

function failure(error: unknown): SimFailure {
  if (error instanceof sim.SimulatorError) {
    return { name: error.name, message: error.message, file: error.file, line: error.line, text: error.toString() };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: e.message, text: `${e.name}: ${e.message}` };
}

function handle(request: SimRequest): SimResponse {
  const start = now();
  const elapsed = () => Math.round(now() - start);
  switch (request.kind) {
    case "run": {
      const result = sim.runProgram(request.files, { ...request.options, now, trace: true });
      return { id: request.id, kind: "run", result, elapsedMs: elapsed() };
    }
    case "replay": {
      if (!replaySchedule) throw new sim.SimulatorError("replaying a schedule is not available in this build of the simulator yet");
      const result = replaySchedule(request.files, request.schedule, { ...request.options, now, trace: true });
      return { id: request.id, kind: "replay", result, schedule: request.schedule, elapsedMs: elapsed() };
    }
    case "sample": {
      const result = sim.sampleProgram(request.files, { ...request.options, now, runs: request.runs });
      return { id: request.id, kind: "sample", result, elapsedMs: elapsed() };
    }
    case "explore": {
      if (!exploreProgram) throw new sim.SimulatorError("explore is not available in this build of the simulator yet");
      const result = exploreProgram(request.files, {
        ...request.options,
        now,
        maxRealMs: 120_000,
        ...(request.maxExecutions ? { maxExecutions: request.maxExecutions } : {}),
        onProgress: (progress) => {
          scope.postMessage({ id: request.id, kind: "progress", progress });
          return !(request.cancelFlag && Atomics.load(request.cancelFlag, 0) === 1);
        },
      });
      return { id: request.id, kind: "explore", result, elapsedMs: elapsed() };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    scope.postMessage(handle(request));
  } catch (error) {
    scope.postMessage({ id: request.id, kind: "error", error: failure(error) });
  }
};
