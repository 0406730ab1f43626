// The playground's machine settings and how they become simulator options.
import type { Model, RunOptions, StdoutMode } from "@interleave/sim";

export interface PlaygroundSettings {
  model: Model;
  cores: number;
  stdout: StdoutMode;
  seed: number;
  /** Runs of a sample (seeds 1..runs). */
  runs: number;
  /** Executions an exploration may try before it stops incomplete. */
  maxExecutions: number;
}

export const DEFAULT_SETTINGS: PlaygroundSettings = { model: "gil", cores: 4, stdout: "terminal", seed: 1, runs: 20, maxExecutions: 20_000 };

export const MODEL_NAMES: Record<Model, string> = {
  gil: "CPython 3.11 with a GIL",
  "gil-legacy": "CPython 3.9 or older (GIL switches anywhere)",
  "free-threaded": "free-threaded CPython (no GIL)",
};

export const STDOUT_NAMES: Record<StdoutMode, string> = {
  terminal: "a terminal (line-buffered)",
  pipe: "a pipe (block-buffered)",
  unbuffered: "unbuffered (python3 -u)",
};

export function runOptions(settings: PlaygroundSettings): RunOptions {
  return { model: settings.model, cores: settings.cores, stdout: settings.stdout, seed: settings.seed };
}
