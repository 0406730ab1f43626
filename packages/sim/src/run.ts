// runProgram / sampleProgram / disassemble: the public entry points. A run builds a Simulator II
// machine (processes, threads, GIL, cores, virtual clock) and reports what CPython would have shown.

import {
  SimulatorError, type RunOptions, type RunResult, type SampleOptions, type SampleOutcome, type SampleResult, type SourceFile,
} from "./api.ts";
import { PySyntaxError } from "./lang/errors.ts";
import { compileSource } from "./compiler/pipeline.ts";
import { disassembleCode } from "./bytecode/dis.ts";
import { SimMachine, type MachineEnd } from "./runtime/machine.ts";
import { compileModule } from "./runtime/process.ts";
import { realisticChooser, type Chooser } from "./runtime/chooser.ts";
import { PYLIB } from "./pylib/sources.generated.ts";
import { StatementStarts } from "./runtime/statements.ts";
import type { SourceLookup } from "./vm/traceback.ts";
import { libraryFilename, type CodeObject } from "./bytecode/code.ts";

const DEFAULT_MAX_INSTRUCTIONS = 200_000_000;
const DEFAULT_MAX_REAL_MS = 20_000;

/** The module a program file is imported as (the first file runs as __main__). */
export function moduleName(file: SourceFile): string {
  return file.name.replace(/\.py$/, "");
}

/** Source lines for tracebacks: the program's files, and the library modules by their frozen names. */
function sourceLookup(files: readonly SourceFile[]): SourceLookup {
  const lines = new Map(files.map((f) => [f.name, f.text.split(/\r?\n/)]));
  for (const [name, text] of Object.entries(PYLIB)) lines.set(libraryFilename(name), text.split(/\r?\n/));
  return (filename, line) => lines.get(filename)?.[line - 1];
}

/** Source texts by file name: the program's files and the library modules by their frozen names. */
function sourceOf(files: readonly SourceFile[]): (filename: string) => string | undefined {
  const texts = new Map(files.map((f) => [f.name, f.text]));
  return (filename) => {
    const library = filename.replace(/^<frozen (.*)>$/, "$1");
    return texts.get(filename) ?? (Object.hasOwn(PYLIB, library) ? PYLIB[library] : undefined);
  };
}

function baseResult(): RunResult {
  return {
    stdout: "",
    stderr: "",
    exitCode: 0,
    deadlock: false,
    timedOut: false,
    wallNs: 0,
    processes: [],
    threads: [],
    instructions: 0,
  };
}

/** Ends the run when the host's real-time budget is used up (the simulator never reads a clock itself). */
function realTimeGuard(options: RunOptions): () => string | undefined {
  const now = options.now;
  if (!now) return () => undefined;
  const limit = options.maxRealMs ?? DEFAULT_MAX_REAL_MS;
  const deadline = now() + limit;
  return () => (now() > deadline ? `real-time budget of ${limit} ms exhausted` : undefined);
}

/** A machine booted with the program's main module, or the result of a program that does not compile. */
export function bootMachine(
  files: SourceFile[],
  options: RunOptions,
  chooser: Chooser,
  codeCache?: Map<string, CodeObject>,
): { machine: SimMachine; firstPid: number } | RunResult {
  const main = files[0];
  if (!main) throw new SimulatorError("runProgram needs at least one file");
  let code;
  try {
    code = compileModule(main.text, main.name, codeCache);
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    return { ...baseResult(), stderr: error.format(), exitCode: 1, processes: [{ pid: 1000, ppid: 0, exitCode: 1, cpuNs: 0 }] };
  }
  const machine = new SimMachine({
    model: options.model ?? "gil",
    ...(options.misconception ? { misconception: options.misconception } : {}),
    cores: options.cores ?? 4,
    // never-buffered: every print goes out at once, so a fork has nothing to copy.
    stdout: options.misconception === "never-buffered" ? "unbuffered" : (options.stdout ?? "terminal"),
    seed: options.seed ?? 1,
    trace: options.trace ?? false,
    maxInstructions: options.maxInstructions ?? DEFAULT_MAX_INSTRUCTIONS,
    files: new Map(files.slice(1).map((f) => [moduleName(f), { filename: f.name, text: f.text }])),
    mainFile: main.name,
    mainSource: main.text,
    sourceLookup: sourceLookup(files),
    chooser,
    shouldStop: realTimeGuard(options),
    ...(codeCache ? { codeCache } : {}),
    ...(options.fastPath ? { fastPath: options.fastPath } : {}),
    ...(options.misconception === "atomic-statements" ? { statements: new StatementStarts(sourceOf(files)) } : {}),
  });
  return { machine, firstPid: machine.boot(code).pid };
}

/** Runs a program once, realistically (seeded timing), and reports its outputs, processes and threads. */
export function runProgram(files: SourceFile[], options: RunOptions = {}, chooser: Chooser = realisticChooser): RunResult {
  const booted = bootMachine(files, options, chooser);
  if (!("machine" in booted)) return booted;
  const end = booted.machine.run();
  return report(booted.machine, end, booted.firstPid);
}

/** The run's result as the CLI contract shapes it, from a machine that has stopped with `end`. */
export function report(machine: SimMachine, end: MachineEnd, firstPid: number): RunResult {
  const first = machine.processByPid(firstPid);
  const timedOut = end.kind === "timeout";
  const exitCode = timedOut || end.kind === "deadlock" ? (first?.exitCode ?? 1) : (first?.exitCode ?? 0);
  const result: RunResult = {
    ...baseResult(),
    stdout: machine.stdout.join(""),
    stderr: machine.stderr.join(""),
    exitCode: exitCode < 0 ? 128 - exitCode : exitCode,
    deadlock: end.kind === "deadlock",
    timedOut,
    wallNs: Math.round(machine.wallNs),
    processes: machine.processes.map((p) => ({ pid: p.pid, ppid: p.ppid, exitCode: p.exitCode, cpuNs: Math.round(p.cpuNs) })),
    threads: machine.processes.flatMap((p) =>
      p.threads.map((t) => ({
        pid: p.pid,
        tid: t.tid,
        name: t.name,
        state: t.state,
        cpuNs: Math.round(t.vm.cpuNs),
        ...(t.state === "blocked" && t.wait ? { waitingOn: t.wait.reason } : {}),
      })),
    ),
    instructions: machine.config.maxInstructions - machine.instructionsLeft,
  };
  if (end.kind === "timeout") result.timeoutReason = end.reason;
  if (machine.trace.enabled) result.trace = machine.trace.events;
  return result;
}

/** K realistic runs with seeds 1..K: the distinct outcomes, how often each happened, and their wall-time spread. */
export function sampleProgram(files: SourceFile[], options: SampleOptions): SampleResult {
  const outcomes = new Map<string, { outcome: SampleOutcome; walls: number[] }>();
  // Code objects are immutable: the runs share one compilation of every module (the library included).
  const codeCache = new Map<string, CodeObject>();
  for (let seed = 1; seed <= options.runs; seed++) {
    const booted = bootMachine(files, { ...options, seed, trace: false }, realisticChooser, codeCache);
    const result = "machine" in booted ? report(booted.machine, booted.machine.run(), booted.firstPid) : booted;
    const key = JSON.stringify([result.stdout, result.exitCode, result.deadlock]);
    let entry = outcomes.get(key);
    if (!entry) {
      entry = { outcome: { stdout: result.stdout, exitCode: result.exitCode, deadlock: result.deadlock, runs: 0, wallNs: { min: 0, median: 0, max: 0 } }, walls: [] };
      outcomes.set(key, entry);
    }
    entry.outcome.runs++;
    entry.walls.push(result.wallNs);
  }
  return {
    runs: options.runs,
    outcomes: [...outcomes.values()].map(({ outcome, walls }) => ({ ...outcome, wallNs: spread(walls) })),
  };
}

function spread(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/** The `python3 -m dis`-style listing of a file (SyntaxError → PySyntaxError thrown). */
export function disassemble(file: SourceFile): string {
  return disassembleCode(compileSource(file.text, file.name));
}
